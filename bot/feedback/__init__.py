"""Anonymous feedback: the guided form, unlinkable storage, the daily limit, the discrimination
flag, and reports with small counts hidden.
"""
