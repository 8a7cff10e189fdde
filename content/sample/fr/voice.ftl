# SAMPLE CONTENT PACK: what campaign posters say in Port Amani, a fictional city. Keep it
# neutral: nothing about what the programme is for, so carrying a poster puts nobody at risk.

voice-poster-title = Coin communautaire de Port Amani (EXEMPLE)
voice-poster-footer = Gratuit et confidentiel. Coin communautaire, route du Port (EXEMPLE, inventé).
