# Draft translation: to be reviewed by a native speaker.
# Shared words: menu, navigation, hints for input we cannot use, and error messages.
# Keep lines short and plain: many readers read little or use a second language.

menu-title = Ungependa kufanya nini?
menu-language = 🌐 Lugha
menu-privacy = 🔒 Faragha
menu-help = ❓ Msaada
menu-exit = 🚪 Toka haraka
menu-team-tools = 🧰 Timu
menu-team-title = Zana za timu:
menu-whoami = 🪪 Jukumu langu
menu-invite = ➕ Alika
menu-team = 👥 Timu yangu
menu-back = ⬅️ Menyu

common-back = ⬅️ Rudi
common-next = Inayofuata ➡️
common-previous = ⬅️ Iliyopita
common-cancelled = Tumesimamisha. Hakuna kitu kingine kilichohifadhiwa.
common-no-longer-available = Kitufe hiki hakifanyi kazi tena.
common-not-available = Hii haipatikani kwako.
common-unknown-command = Sijui amri hiyo. Tumia vitufe, au tuma /help.
common-use-buttons = Tafadhali tumia vitufe vilivyo hapa chini.
# Sent for stickers, voice notes, photos, files, contacts and locations we cannot use.
common-unsupported = Siwezi kutumia hiki hapa, na sikihifadhi. Tafadhali tumia vitufe vilivyo hapa chini.
common-flow-hint = Tafadhali andika jibu lako, au tuma /cancel kusimamisha.
common-something-went-wrong = Kuna tatizo limetokea. Tafadhali jaribu tena.

errors-kept = Samahani, kuna tatizo upande wetu. Ulichotuma kimehifadhiwa.
errors-not-kept = Samahani, kuna tatizo upande wetu. Ulichotuma hakijahifadhiwa. Tafadhali jaribu tena.

# Descriptions in Telegram's command menu (up to 256 characters each).
# "bot" is kept as is ("boti" means a boat).
command-start = Menyu kuu
command-help = Kile bot hii inaweza kufanya
command-language = Badilisha lugha
command-privacy = Tunachohifadhi na jinsi ya kukifuta
command-cancel = Simamisha unachofanya
command-whoami = Jukumu lako na mipangilio yako
command-invite = Alika mwelimishaji rika au kiongozi
command-team = Timu yako
command-find = Tafuta huduma
command-search = Tafuta huduma kwa neno
command-review = Kagua huduma zilizopendekezwa
command-plan = Panga kikao cha uhamasishaji
command-sessions = Vikao vya uhamasishaji
command-mine = Vikao vyako
command-figures = Takwimu za kila mwezi
command-feedback = Toa maoni bila kutaja jina
command-report = Ripoti ya maoni
command-exit = Futa mazungumzo haya sasa
exit-keep-role-ask = Futa mazungumzo haya sasa. Je, unataka pia kuacha jukumu lako kwenye timu?
exit-keep-role = Baki na jukumu, futa gumzo
exit-leave-role = Acha jukumu langu pia
exit-done = ✔
command-rights = Jua haki zako
command-alerts = Taarifa za usalama
command-talk = Ongea na mwelimishaji rika bila kujulikana
command-duty = Kuwa tayari kuongea

# Words that must never appear in the first 120 characters of a message the bot sends to
# someone who did not just write (a lock screen shows that much): a test checks every such
# message in this language against this list. Comma-separated; a * at the end of a word also
# matches longer words that start with it; other words match whole words only. Capitals,
# accents and vowel marks do not matter. Translators: add the words people here would use, but
# no everyday word (a French "arrêté" is also "stopped"): every message must be able to pass.
# stigma-check: skip (the words to hide from lock screens, not words we use)
sensitive-words = biashara ya ngono, kazi ya ngono, wafanyakazi wa ngono, ngono, ukahaba, malaya, polisi*, kukamatwa, kamatwa, kizuizini, vurugu, ukatili*, ubakaji*, kubakwa, unyanyasaji*, mteja*, wateja*, kondomu*, mafuta ya kulainisha, VVU, UKIMWI, PrEP, kutoa mimba, kufukuzwa*, uhamiaji, hifadhi ya ukimbizi, hati, wizi*, kuibiwa, hatari*

# Under what a lead wrote (a notice, a poll, an update) when it has a stigmatising word; the
# words come from stigma.txt. A warning: the lead decides.
# stigma-check: skip (names the words to avoid)
stigma-warning = ⚠️ Maneno mengine yanaumiza watu. Fikiria kuyabadilisha kabla ya kutuma:
# stigma-check: skip (names the words to avoid)
stigma-warning-line = • “{ $term }”: sema { $preferred }
