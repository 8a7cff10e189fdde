"""Safety and rights: the quick exit and its message ledger, know-your-rights cards from the
content pack, and safety notices vetted by leads.
"""
