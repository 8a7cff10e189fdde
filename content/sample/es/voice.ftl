# SAMPLE CONTENT PACK: what campaign posters say in Port Amani, a fictional city. Keep it
# neutral: nothing about what the programme is for, so carrying a poster puts nobody at risk.

voice-poster-title = Rincón Comunitario de Port Amani (EJEMPLO)
voice-poster-footer = Gratis y confidencial. Rincón Comunitario, calle del Puerto (EJEMPLO, inventado).
