# Draft translation: to be reviewed by a native speaker.
# Anonymous feedback: the form anyone can fill in, and the reports leads read.
# Words: "maoni" = feedback; "bila kutaja jina" = anonymously; "kikwazo" (vikwazo) = barrier.

menu-feedback = 💬 Toa maoni
menu-report = 📈 Ripoti ya maoni

feedback-intro = Unajibu bila kutaja jina. Hatuhifadhi wewe ni nani, akaunti yako, wala siku uliyojibu (tunahifadhi wiki tu). Unaweza kusimamisha wakati wowote kwa kugusa ✖.
feedback-begin = ▶️ Anza
feedback-back = ⬅️ Rudi
feedback-stop = ✖ Simamisha
feedback-topic = Ni kuhusu nini?
# $topic is one of the topics.
feedback-topic-name = { $topic ->
    [service] Huduma niliyotumia
    [outreach] Kikao cha uhamasishaji
    [needs] Mahitaji yangu
    [safety] Usalama
    [peer] Kuongea na mwelimishaji rika
   *[other] Kitu kingine
}
feedback-which-service = Huduma gani? Gusa aina yake, au andika sehemu ya jina lake.
feedback-pick-service = Gusa huduma:
feedback-no-service-found = Hakuna kilichopatikana. Andika jina lingine, au chagua kwa aina.
feedback-no-service-of-type = Bado hakuna huduma ya aina hii. Jaribu aina nyingine, au andika sehemu ya jina.
feedback-service-not-say = 🤐 Sipendi kusema
feedback-other-types = 🗂 Aina nyingine
feedback-more = ➡️ Zaidi
feedback-about-service = Kuhusu: { $name }
feedback-given = Je, ulipata huduma?
# $given is yes, partly or no.
feedback-given-answer = { $given ->
    [yes] Ndiyo
    [partly] Kwa sehemu
   *[no] Hapana
}
feedback-explained = Je, walikueleza sababu?
feedback-waiting = Ulisubiri kwa muda gani?
# $waiting is one of the waiting bands.
feedback-waiting-answer = { $waiting ->
    [none] Sikusubiri
    [under-1h] Chini ya saa 1
    [from-1-to-3h] Saa 1 hadi 3
   *[over-3h] Zaidi ya saa 3
}
feedback-staff = Wafanyakazi walikutendea vipi?
feedback-overall = Kwa ujumla, ilikuwaje?
feedback-barriers = Kuna kitu kilikuwa kigumu? Gusa vyote vinavyofaa, kisha Imekamilika.
# $barrier is one of the barriers.
feedback-barrier = { $barrier ->
    [cost] Gharama
    [language] Lugha
    [papers] Nyaraka au vitambulisho
    [stigma] Unyanyapaa au ubaguzi
    [police] Polisi
    [distance] Umbali
    [hours] Saa za kufungua
    [safety] Usalama
    [childcare] Malezi ya watoto
   *[other] Kitu kingine
}
feedback-needs = Unahitaji nini ambacho hukipati? Gusa vyote vinavyofaa, kisha Imekamilika.
feedback-free-text = Kuna kingine? Kiandike hapa (hadi herufi 1,000), au gusa Ruka. Usiandike majina wala namba za simu.
feedback-too-long = Hii ni ndefu mno. Tafadhali ifupishe.
feedback-review = Tafadhali hakiki, kisha tuma:
feedback-review-text = Maneno yako, kama tutakavyoyahifadhi: { $text }
feedback-review-service = Huduma: { $name }
feedback-review-barriers = Kilichofanya iwe vigumu: { $list }
feedback-review-needs = Unachohitaji: { $list }
feedback-send = 📨 Tuma
feedback-thanks = Asante. Jibu lako limehifadhiwa. Linatusaidia kubadilisha kisichofanya kazi.
feedback-limit = Umetuma mengi leo. Tafadhali jaribu tena kesho.
feedback-expired = Fomu hii imefungwa. Ili kutoa maoni yako, tafadhali anza upya.
feedback-nothing = (hakuna)
feedback-flagged = Huduma imerudishwa ili ikaguliwe kwa sababu ya ripoti za mara kwa mara za ubaguzi: { $name } (ripoti { $count } au zaidi ndani ya siku 30).
feedback-flagged-note = 🔔 Ujumbe kwa timu. Gusa Soma kuuona.
feedback-flagged-read = 📖 Soma

# Reports for leads.
feedback-report-choose = Kipindi gani?
feedback-report-title = Maoni { $period }
feedback-report-submissions = Majibu: { $count } (kipindi kilichopita: { $previous })
feedback-report-line = { $name }: { $count }{ $share }
feedback-report-barriers = Vikwazo:
feedback-report-needs = Mahitaji yasiyotimizwa:
feedback-report-topics = Mada:
feedback-report-ratings = Wastani wa alama (angalau majibu { $k }):
feedback-report-rating = { $name }: { $average } / 5 ({ $count })
feedback-report-excerpts = Baadhi ya maneno ambayo watu waliandika:
feedback-report-hidden = imefichwa
feedback-report-empty = Hakuna majibu katika kipindi hiki.
feedback-report-few = Majibu ni chini ya { $k } katika kipindi hiki. Hakuna zaidi kinachoonyeshwa, ili mtu yeyote asitambulike.
feedback-chart-hidden = <{ $k }
feedback-summary = Muhtasari wa mahitaji, { $period }: { $count ->
    [one] jibu { $count }
   *[other] majibu { $count }
} ({ $before }).
feedback-summary-barrier = { $name }: kikwazo katika { $count ->
    [one] jibu { $count }
   *[other] majibu { $count }
} ({ $share }%); { $before }.
feedback-summary-need = { $name }: hitaji katika { $count ->
    [one] jibu { $count }
   *[other] majibu { $count }
} ({ $share }%); { $before }.
feedback-summary-barrier-few = { $name }: kikwazo katika majibu chini ya { $k }; { $before }.
feedback-summary-need-few = { $name }: hitaji katika majibu chini ya { $k }; { $before }.
feedback-summary-before = { $period }: { $count ->
    [0] hakuna
   *[other] { $count }
}
feedback-summary-before-few = { $period }: chini ya { $k }
