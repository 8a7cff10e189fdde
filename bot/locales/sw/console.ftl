# Draft translation: to be reviewed by a native speaker.
# Console mode: the terminal chat for trying the bot and training staff. Not seen on Telegram.

console-intro = Hali ya console: bot halisi, bila mtandao, na watu wa kubuni. Hifadhidata: { $database }
console-help = Andika ujumbe au amri kama /start. Andika namba ili kugusa kitufe.
    :as NAME [member|peer|lead|admin]    ongea kama mtu mwingine (na umpe jukumu)
    :lang en|fr|ar|sw|es                 lugha ya programu ya Telegram ya mtu huyu
    :location LAT LON                    tuma mahali
    :sample                              pakia orodha ya mfano ya mji wa kubuni
    :help                                msaada huu
    :quit                                toka
console-now = Sasa wewe ni { $name } (jukumu: { $role }).
console-language = Lugha ya programu ya Telegram sasa ni: { $language }.
console-elsewhere = (bot imemtumia { $name } kitu)
console-deleted = (bot imefuta ujumbe)
console-edited = (imehaririwa)
console-non-text = ({ $kind })
console-bye = Kwaheri.
console-sample-offer = Orodha ya huduma ni tupu. Andika :sample ili kupakia orodha ya mfano ya Port Amani, mji wa kubuni.
console-sample-loaded = Huduma { $count } za mfano zimepakiwa. Jaribu /find, au :location -6.80 39.28 kutafuta karibu na katikati.
