# SAMPLE CONTENT PACK: what campaign posters say in Port Amani, a fictional city. Keep it
# neutral: nothing about what the programme is for, so carrying a poster puts nobody at risk.

voice-poster-title = Kona ya Jamii ya Port Amani (MFANO)
voice-poster-footer = Bure na kwa siri. Kona ya Jamii, Barabara ya Bandari (MFANO, wa kubuni).
