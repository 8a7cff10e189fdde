# SAMPLE CONTENT PACK: what campaign posters say in Port Amani, a fictional city. Keep it
# neutral: nothing about what the programme is for, so carrying a poster puts nobody at risk.

voice-poster-title = Port Amani Community Corner (SAMPLE)
voice-poster-footer = Free and confidential. Port Amani Community Corner, Harbour Road (SAMPLE, invented).
