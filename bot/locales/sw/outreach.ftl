# Draft translation: to be reviewed by a native speaker.
# Outreach sessions: planning, invitations, reminders, safety check-ins, reports, figures.
# Reminders and invitations may show on a locked phone: keep them neutral (time and area only).
# Words: "kikao" (vikao) = outreach session, "kikao cha uhamasishaji"; "uhamasishaji" = outreach work.
# Length is "saa 2" etc.: in the invitation it follows "muda:" so it is not read as a clock time.

menu-plan = 🗓 Panga kikao
menu-sessions = 📋 Vikao
menu-figures = 📊 Takwimu za mwezi
menu-my-sessions = 🗓 Vikao vyangu

# $kind is one of the session kinds.
outreach-kind = { $kind ->
    [outreach-walk] Matembezi ya uhamasishaji
    [testing-day] Siku ya kupima
    [rights-workshop] Warsha ya kujua haki zako
    [distribution] Ugawaji
    [peer-meeting] Mkutano wa rika
   *[other] Nyingine
}
# A session in one line: $when is a local date and time, $area the area's name.
outreach-when-where = { $when }, { $area }
outreach-minutes = saa { $hours }

outreach-plan-kind = Ni kikao cha aina gani?
outreach-plan-area = Katika eneo gani?
outreach-plan-day = Siku gani?
outreach-plan-start = Kinaanza saa ngapi? Mstari wa chini hubadilisha dakika.
outreach-plan-length = Kitachukua muda gani?
outreach-plan-peers = Wanahitajika waelimishaji rika wangapi? (Angalau wawili: hakuna anayekwenda peke yake.)
outreach-plan-note = Ongeza ujumbe mfupi kwa waelimishaji rika, au gusa Ruka. Usiandike majina, namba za simu wala anwani za watu wa jamii.
outreach-plan-repeat = Mara moja, au kila wiki?
outreach-repeat-once = Mara moja
outreach-repeat-weeks = { $weeks ->
    [one] Kila wiki, mara moja
   *[other] Kila wiki, mara { $weeks }
}
outreach-plan-review = Tafadhali hakiki, kisha hifadhi:
outreach-plan-save = 💾 Hifadhi
outreach-plan-saved = Imehifadhiwa: { $count ->
    [one] kikao kimoja
   *[other] vikao { $count }
}.
outreach-plan-past = Muda huu umeshapita. Tafadhali chagua mwingine.
outreach-no-areas = Bado hakuna maeneo yaliyowekwa. Kwanza ingiza maeneo (scripts/directory.py import-areas).
outreach-previous-month = ⬅️
outreach-next-month = ➡️

outreach-session-title = { $kind } · { $when-where }
outreach-session-details = Muda: { $length } · Wanaohitajika: { $needed } · Wamethibitisha: { $confirmed } · Wanasubiri: { $waiting }
outreach-session-note = Ujumbe: { $note }
outreach-session-cancelled = ⛔ Kimefutwa
# $status is invited, confirmed, waiting or declined.
outreach-status = { $status ->
    [invited] amealikwa
    [confirmed] amethibitisha
    [waiting] orodha ya kusubiri
   *[declined] amekataa
}
outreach-roster-line = { $alias }: { $status }{ $checks }
outreach-checked-in = · amefika
outreach-checked-out = · amemaliza
outreach-open-call = 📣 Ita waelimishaji rika wote wa eneo hili
outreach-invite-peers = ➕ Alika mwelimishaji rika
outreach-choose-peer = Gusa jina ili kumwalika mtu huyo:
outreach-invited = { $count ->
    [0] Hakuna mpya aliyealikwa.
    [one] Mtu mmoja amealikwa.
   *[other] Watu { $count } wamealikwa.
}
outreach-call-series = 📣 Ita eneo: kila wiki
outreach-invite-series = ➕ Alika: kila wiki
outreach-change-time = 🕑 Badilisha muda
outreach-change-area = 📍 Badilisha eneo
outreach-change-note = ✏️ Badilisha ujumbe
outreach-cancel-one = ✖ Futa kikao hiki
outreach-cancel-series = ✖ Futa vikao vilivyobaki vya mfululizo huu
outreach-cancelled-done = Kimefutwa. Wote waliokuwa kwenye orodha wamearifiwa.
outreach-moved-done = Kimebadilishwa. Wote waliokuwa kwenye orodha wamearifiwa.
outreach-week = Vikao vya wiki kuanzia { $monday }:
outreach-week-empty = Hakuna vikao wiki hii.
outreach-calendar-file = 📅 Faili ya kalenda
outreach-calendar-name = Kalenda
outreach-calendar-event = Mkutano

# Messages to peers: neutral words only.
outreach-invitation = Mwaliko: { $when-where } (muda: { $length }). Utaweza kuja?
outreach-invitation-series = Mwaliko: kila wiki kuanzia { $when-where } (muda: { $length }), { $count ->
    [one] mara moja
   *[other] mara { $count }
}. Utaweza kuja?
outreach-yes-all = ✅ Ndiyo, kila mara
outreach-choose-dates = 🗓 Chagua tarehe
outreach-series-answered = Asante. Kwenye orodha: { $confirmed }. Orodha ya kusubiri: { $waiting }.
outreach-yes = ✅ Ndiyo
outreach-no = ✖ Hapana
outreach-confirmed = Asante, uko kwenye orodha.
outreach-waiting = Sasa imejaa. Uko kwenye orodha ya kusubiri; tutakujulisha nafasi ikipatikana.
outreach-declined = Asante kwa kutujulisha.
outreach-promoted = Nafasi imepatikana. Uko kwenye orodha: { $when-where }.
outreach-reminder = Kumbusho: { $when-where }.
outreach-cancelled = Imefutwa: { $when-where }.
outreach-changed = Mabadiliko: sasa ni { $when-where }.
outreach-safety-check = Uko salama? Gusa hapa chini.
outreach-safe = ✅ Niko salama
outreach-safe-thanks = Asante. Jitunze.
outreach-lead-alert = { $alias } hajajibu baada ya kikao: { $when-where }. Tafadhali fuatilia hali yake.
outreach-peer-declined = { $alias } hawezi kuja tena: { $when-where }.
outreach-peer-left = { $alias } ameondoka kwenye timu: { $when-where }.
outreach-peer-unreachable = Bot haiwezi kumfikia { $alias } tena: { $when-where }.
outreach-peers-reachable = Wamethibitisha na wanafikika: { $count } kati ya { $needed }.
outreach-peers-short = Hakuna anayekwenda peke yake: tafadhali alika waelimishaji rika zaidi.
outreach-open-session = 📋 Fungua kikao
outreach-report-prompt = Ilikwendaje? Tafadhali tuma ripoti fupi.
outreach-check-in = ✅ Nimefika
outreach-check-out = 🏁 Nimemaliza
outreach-checked = Imepokelewa.
outreach-check-early = Hii inawezekana kuanzia saa moja kabla ya kuanza.
outreach-check-in-closed = Muda wa kusema umefika umekwisha kwa kikao hiki.
outreach-cannot-come = ✖ Siwezi kuja
outreach-my-sessions = Vikao vyako:
outreach-my-sessions-empty = Huna vikao vinavyokuja.
outreach-my-line = { $when-where } · { $status }
outreach-your-part = Wewe: { $status }

# Reports.
outreach-report-button = 📝 Ripoti
# $field is the count being entered.
outreach-report-field = { $field ->
    [reached_new] Watu waliofikiwa kwa mara ya kwanza
    [reached_returning] Watu waliofikiwa ambao walikuja awali
    [condoms] Kondomu zilizotolewa
    [lubricant] Vilainishi vilivyotolewa
   *[leaflets] Vipeperushi vilivyotolewa
}
outreach-report-number = { $field }: { $value }
outreach-report-type-number = Tafadhali andika namba kati ya 0 na 9999, au tumia vitufe.
outreach-report-referrals = Rufaa zilizotolewa: gusa aina mara moja kwa kila rufaa, kisha Imekamilika.
outreach-report-incidents = Matukio ya usalama: gusa aina mara moja kwa kila tukio, kisha Imekamilika. Bila majina.
# $kind is one of the incident kinds.
outreach-incident = { $kind ->
    [violence] Ukatili
    [police] Polisi
    [arrest] Kukamatwa
    [robbery] Wizi
    [harassment] Unyanyasaji
    [health-emergency] Dharura ya afya
   *[other] Nyingine
}
outreach-report-note = Kuna jingine? Andika ujumbe mfupi, au gusa Ruka. Usiweke majina wala namba za simu.
outreach-report-review = Tafadhali hakiki, kisha tuma:
outreach-report-send = 📨 Tuma
outreach-report-saved = Asante. Ripoti yako imehifadhiwa. Unaweza kuibadilisha ndani ya saa 48.
outreach-report-closed = Ripoti hii haiwezi kubadilishwa tena.
outreach-form-closed = Fomu hii imefungwa (ilisubiri muda mrefu, au bot ilianza upya). Hakuna kilichohifadhiwa. Unaweza kuanza tena.
outreach-start-again = 🔁 Anza tena
outreach-report-summary = Wapya: { $new } · Waliokuja awali: { $returning } · Kondomu: { $condoms } · Vilainishi: { $lubricant } · Vipeperushi: { $leaflets }
outreach-report-lists = Rufaa: { $referrals } · Matukio: { $incidents }
outreach-delete-digit = ⌫
outreach-ok = ✅ Sawa

# Monthly figures.
outreach-figures-choose = Mwezi gani?
outreach-figures-none = Hakuna mwezi unaoweza kusomwa bado: mwezi unasomwa siku tatu baada ya kuisha.
outreach-figures = { $month }{ $area }
    Vikao: vilivyopangwa { $planned }, vilivyofanyika { $held }, vilivyofutwa { $cancelled }
    Saa za waelimishaji rika: { $hours }
    Watu waliofikiwa: wapya { $new }, waliokuja awali { $returning }
    Vilivyotolewa: kondomu { $condoms }, vilainishi { $lubricant }, vipeperushi { $leaflets }
    Rufaa: { $referrals }
    Matukio: { $incidents }
# Shown for a count hidden to protect people: it may be small, or hidden so a small one stays hidden.
outreach-hidden = imefichwa
outreach-figures-area = { $area }: vilivyopangwa { $planned }, vilivyofanyika { $held }, vilivyofutwa { $cancelled }, saa za waelimishaji rika { $hours }
# Labels of the monthly chart; $key is planned, held or cancelled.
outreach-chart-label = { $key ->
    [planned] Vikao vilivyopangwa
    [held] Vikao vilivyofanyika
   *[cancelled] Vikao vilivyofutwa
}
outreach-none = hakuna
outreach-figures-file = takwimu za mwezi
