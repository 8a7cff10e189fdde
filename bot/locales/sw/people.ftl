# Draft translation: to be reviewed by a native speaker.
# Welcome, help, language, privacy, roles, invites and joining.

# Role names. $role is one of: member, peer, lead, admin.
# Used after "Jukumu:" / "Jukumu lako:" ("jukumu" = role in the team; "nafasi" is a space or a place).
people-role-name = { $role ->
    [peer] mwelimishaji rika
    [lead] kiongozi wa uhamasishaji
    [admin] msimamizi
   *[member] mwanachama
}

people-welcome = Karibu. Bot hii inakusaidia kupata huduma za kuaminika, kujua haki zako na kutuambia unachohitaji.
people-welcome-does = Kila kitu kinafanya kazi kwa vitufe. Huhitaji kamwe kutoa jina lako.
people-welcome-keeps = Tunahifadhi machache sana kukuhusu. Telegram inaweza kusoma mazungumzo na bot, kwa hiyo usitume chochote unachotaka kiwe siri. Angalia 🔒 Faragha.
people-welcome-role = Jukumu lako: { people-role-name }. Jina lako kwenye timu: { $alias }.

help-member = Tumia vitufe kusogea. /language inabadilisha lugha. /privacy inaeleza tunachohifadhi. /cancel inasimamisha unachofanya. /start inaonyesha menyu tena.
help-peer = Kama mwelimishaji rika, unaweza kuona jukumu lako kwa /whoami.
help-lead = Kama kiongozi, unaweza kuwaalika waelimishaji rika kwa /invite na kuona timu yako kwa /team. Huko unaweza kusitisha ruhusa ya mtu; ruhusa yake inaisha mara moja.

language-choose = Chagua lugha yako:
language-saved = Imekamilika. Nitazungumza nawe kwa Kiswahili.

privacy-text = Tunachohifadhi: ukichagua lugha, tunahifadhi chaguo hilo chini ya msimbo. Bila ufunguo wetu wa siri, msimbo huo hauwezi kuunganishwa na akaunti yako ya Telegram. Hatuhifadhi jina lako, namba yako ya simu wala ujumbe wako. Unaweza kufuta chaguo lako la lugha hapa chini wakati wowote.
privacy-telegram = Telegram inaweza kusoma mazungumzo na bot, na ujumbe wako unabaki kwenye simu yako mpaka uufute.
privacy-team = Waelimishaji rika na viongozi: ukiwa na jukumu, tunahifadhi namba ya akaunti yako ya Telegram, jina lako la timu na lugha yako. Jukumu lako likiisha, tunafuta namba ya akaunti na kubaki na jina la timu tu kwenye kumbukumbu za zamani.
privacy-forget-language = 🗑 Futa chaguo langu la lugha
privacy-language-forgotten = Imekamilika. Chaguo lako la lugha limefutwa.

people-whoami = Jukumu: { people-role-name }
    Jina kwenye timu: { $alias }
    Lugha: { $language }

people-invite-choose = Unataka kumwalika nani?
people-invite-as = { $role ->
    [lead] Alika kiongozi
   *[peer] Alika mwelimishaji rika
}
people-invite-created = Mwaliko kwa mtu mpya. Jukumu: { people-role-name }. Unafanya kazi mara moja tu, hadi { DATETIME($expires, dateStyle: "medium") }.
    Tuma kiungo hiki kwa mtu huyo tu:
    { $link }
    Au mtu huyo anaweza kutuma: /join { $code }

people-join-ask-code = Tafadhali andika msimbo wako wa mwaliko.
people-join-unknown = Msimbo huu wa mwaliko si sahihi. Angalia tena na mtu aliyekualika.
people-join-expired = Muda wa mwaliko huu umeisha. Omba mwaliko mpya.
people-join-used = Mwaliko huu umeshatumika. Omba mwaliko mpya.
people-join-retry = Andika msimbo tena, au tuma /cancel kusimamisha.
people-join-already = Tayari una jukumu hapa: { people-role-name }.
people-joined = Karibu kwenye timu. Jukumu lako: { people-role-name }.
people-alias-ask = Chagua jina ambalo timu itaona. Usitumie jina lako halisi. Liandike sasa, au baki na lile lililo hapa chini.
people-alias-keep = Baki na “{ $alias }”
people-alias-saved = Imehifadhiwa. Timu itakuona kama { $alias }.
people-alias-too-short = Jina hili ni fupi mno. Tumia angalau herufi 2.
people-alias-too-long = Jina hili ni refu mno. Tumia herufi 24 au chache zaidi.
people-alias-characters = Tafadhali tumia herufi, namba na nafasi kati ya maneno tu.
people-alias-contact = Tafadhali usiweke namba ya simu, @jina au kiungo kwenye jina lako.

people-team-title = Timu yako. Gusa jina ili kuona zaidi.
people-team-empty = Bado hakuna mtu kwenye timu yako. Tumia ➕ Alika.
people-member-label = { $alias } · { people-role-name }
people-member-card = { $alias }
    Jukumu: { people-role-name }
    Alijiunga: { $joined }
people-deactivate = Sitisha ruhusa
people-deactivate-confirm = Usitishe ruhusa ya { $alias }? Atapoteza ruhusa mara moja. Kumbukumbu za zamani zitabaki na jina lake la utani tu.
people-deactivate-yes = Ndiyo, sitisha
people-deactivated = Ruhusa ya { $alias } imesitishwa. Hawezi kuingia tena.
people-member-area = Eneo: { $area }
people-set-area = 📍 Chagua eneo
people-choose-area = Chagua eneo ambapo { $alias } anafanya kazi:
