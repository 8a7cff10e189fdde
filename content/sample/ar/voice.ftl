# SAMPLE CONTENT PACK: what campaign posters say in Port Amani, a fictional city. Keep it
# neutral: nothing about what the programme is for, so carrying a poster puts nobody at risk.

voice-poster-title = ركن مجتمع بورت أماني (مثال)
voice-poster-footer = مجاني وسري. ركن المجتمع، طريق الميناء (مثال، مُختلَق).
