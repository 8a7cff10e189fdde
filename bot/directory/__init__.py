"""The vetted service directory: records modelled on Open Referral HSDS plus what this
community needs, search by type, word and place, vetting and ageing, CSV import and export.
"""
