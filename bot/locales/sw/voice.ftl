# Sauti ya jamii: skrini moja ya mipangilio, maswali, habari "mlisema, tulifanya" na kampeni.
# Ujumbe tunaotuma huonekana kwenye simu iliyofungwa: mstari wa kwanza uwe wa kawaida.

menu-settings = 🔔 Taarifa na habari
menu-voice = 🗳 Sauti ya jamii
menu-voice-team = 🗳 Maswali na kampeni
command-settings = Chagua tunachokutumia
command-voice = Maswali na habari za jamii

voice-settings-intro = Chagua unachotaka kupokea kutoka kwetu. Unaweza kuacha wakati wowote: kila ujumbe una kitufe “Acha hizi”. Tunaweka namba ya gumzo lako tu wakati unapokea kitu.
voice-questions = 🗳 Maswali ya jamii
voice-updates = 📣 Habari za jamii
voice-on = ndiyo
voice-off = hapana
voice-every-area = maeneo yote
voice-choose-notice-areas = 🔔 Maeneo ya taarifa za usalama
voice-choose-question-areas = 📍 Maeneo ya maswali
voice-stop-everything = 🔕 Acha yote
voice-question-areas = Chagua maeneo unayotaka maswali yake. Usipochagua eneo lolote, utapata maswali ya maeneo yote.
voice-back-to-settings = ⬅️ Rudi
voice-stopped = { $topic ->
    [questions] Imekamilika. Hutapata maswali tena.
    [updates] Imekamilika. Hutapata habari tena.
   *[all] Imekamilika. Hutapata kitu tena kutoka kwetu, na hatuweki tena namba ya gumzo lako kwa ajili yake.
}
voice-stop-these = 🔕 Acha hizi

voice-archive-title = 🗳 Sauti ya jamii: maswali kwako, matokeo, na tulichofanya na majibu yako.
voice-archive-empty = Bado hakuna kitu hapa.
voice-everyone = Kila mtu
voice-poll-closes = Kwa: { $area }. Wazi hadi { $date }.
voice-in-my-words = ✍️ Kwa maneno yangu
voice-answer-saved = Asante. Jibu lako limehifadhiwa. Hakuna anayeweza kuona nani alijibu. Matokeo baada ya { $date }.
voice-answer-already = Tayari umejibu swali hili. Kila mtu anajibu mara moja.
voice-poll-closed = Swali hili limefungwa.
voice-see-results = 📊 Tazama matokeo
voice-type-words = Andika jibu lako kwa maneno machache (hadi herufi 300). Bila majina, bila namba za simu.
voice-words-review = Hiki ndicho kitakachohifadhiwa: { $words }
voice-results-title = 📊 Matokeo
voice-results-too-few = Majibu chini ya { $k }: matokeo hayaonyeshwi, ili kuwalinda waliojibu.
voice-hidden = imefichwa
voice-results-total = Majibu yote: { $total }
voice-results-words = Kwa maneno yao:
voice-results-quote = “{ $words }”
voice-results-csv = 📄 Matokeo kama CSV kwa washirika (HXL)
voice-update-title = 📣 Habari, { $date }

voice-poll-letter = 🗳 Kuna swali jipya kwako.
voice-update-letter = 📣 Kuna habari kwako.

voice-reach-title = Kampeni, { $month } (kuanza · maoni · kujiandikisha):
voice-reach-line = { $name }: { $starts } · { $feedback } · { $optins }
voice-reach-all = Kampeni zote
voice-reach-none = Hakuna kiungo cha kampeni kilichotumika { $month }.
voice-reach-not-yet = Takwimu za kampeni za { $month } zinaweza kusomwa wiki yake ya mwisho ikiisha.

voice-team-title = 🗳 Uliza jamii, shiriki kilichobadilika, na endesha kampeni.
voice-ask = ❓ Uliza swali
voice-write-update = 📣 Shiriki habari (“mlisema, tulifanya”)
voice-to-approve = ✅ Habari za kuidhinisha ({ $count })
voice-campaigns = 📌 Kampeni
voice-which-area = Kwa eneo gani?
voice-which-language = Utaandika kwa lugha gani? Wanaosoma lugha nyingine watapata lugha kuu.
voice-type-question = Andika swali kwa { $language }.
voice-type-choices = Andika majibu, moja kwa kila mstari (2 hadi 6, mafupi).
voice-type-choices-again = Andika majibu yale yale { $count } kwa lugha hii, moja kwa kila mstari, kwa mpangilio ule ule.
voice-choices-problem = { $problem ->
    [too-few] Tafadhali toa angalau majibu 2.
    [too-many] Tafadhali toa majibu 6 au machache.
    [too-long] Kila jibu lazima litoshe kwenye kitufe: herufi 40 au chache.
   *[not-the-same] Tafadhali toa idadi ile ile ya majibu kama lugha ya kwanza.
}
voice-opens-now = Sasa
voice-opens-later = 🗓 Baadaye
voice-ask-summary = Kwa: { $area }. Inafunguliwa: { $opens }. Inafungwa baada ya siku { $days }.
voice-another-language = ➕ Lugha nyingine
voice-days = { $count ->
    [one] siku { $count }
   *[other] siku { $count }
}
voice-send-question = 📤 Tuma
voice-which-day = Ifunguliwe siku gani?
voice-which-hour = Saa ngapi?
voice-asked = { $count ->
    [0] Imehifadhiwa na iko wazi. Bado hakuna anayepata maswali; watu wanaweza kujibu kwenye Sauti ya jamii.
    [one] Imetumwa kwa mtu { $count }.
   *[other] Imetumwa kwa watu { $count }.
}
voice-asked-later = Imehifadhiwa. Itafunguliwa { $date }.
voice-update-about = Habari hii inajibu nini? Swali lililofungwa, au ripoti ya maoni.
voice-about-report = Ripoti ya maoni { $period }
voice-type-update = Andika habari kwa { $language }: watu walichokuambia, na kilichobadilika. Kwa mfano: “Mlituambia kliniki zinauliza karatasi. Sasa tunaorodhesha 6 ambazo haziulizi.”
voice-update-review = Hiki ndicho watu watasoma. Kiongozi mwingine au msimamizi lazima aidhinishe kabla ya kutumwa.
voice-submit-update = 📤 Tuma ili iidhinishwe
voice-update-submitted = Imetumwa ili iidhinishwe. Utaambiwa ikiidhinishwa.
voice-none-to-approve = Hakuna habari za kuidhinisha.
voice-approve-intro = Habari kuhusu: { $about }
voice-approve = ✅ Idhinisha na utume
voice-reject = ✖️ Usitume
voice-approved = { $count ->
    [0] Imeidhinishwa. Bado hakuna anayepata habari; iko kwenye Sauti ya jamii.
    [one] Imeidhinishwa na kutumwa kwa mtu { $count }.
   *[other] Imeidhinishwa na kutumwa kwa watu { $count }.
}
voice-rejected = Haijatumwa. Aliyeiandika ataambiwa.
voice-update-waiting = 📣 Kuna habari zinazosubiri uidhinishe.
voice-update-approved = 📣 Habari yako imeidhinishwa na kutumwa.
voice-update-not-approved = 📣 Habari yako haikuidhinishwa.
voice-campaigns-title = Kampeni zako:
voice-no-campaigns = Bado hakuna kampeni.
voice-new-campaign = ➕ Kampeni mpya
voice-type-campaign-name = Andika jina fupi la kampeni (ni timu tu itakayoliona).
voice-campaign-starts = Inaanza siku gani?
voice-campaign-ends = Inaisha siku gani?
voice-campaign = 📌 { $name }
    Eneo: { $area }
    Kuanzia { $start } hadi { $end }
    Msimbo: { $code }
voice-target = { $target ->
    [fb] Maoni
    [optin] Taarifa na habari
    [talk] Ongea na mwenzako
   *[menu] Menyu
}
voice-posters-intro = Mabango (A4 na kadi ya pochi, PNG na PDF), kulingana na msimbo wa QR unakoelekea:
voice-poster-for = 🖨 { $target ->
    [fb] Maoni
    [optin] Taarifa na habari
    [talk] Ongea na mwenzako
   *[menu] Menyu
}
voice-poster-language = Kwa lugha gani?
voice-posters-coming = Mabango yanakuja.

voice-poster-title = Msaada wa bure na wa kirafiki karibu nawe
voice-poster-body = { $target ->
    [fb] Tuambie huduma ilikuhudumiaje. Ni siri, bila jina.
    [optin] Pata habari muhimu za eneo lako.
    [talk] Ongea na mtu anayeelewa.
   *[menu] Pata huduma zinazokukaribisha, jua haki zako, na tuambie unachohitaji.
}
voice-poster-scan = Changanua msimbo kwa kamera ya simu yako, au fungua:
voice-poster-code = Msimbo: { $code }
voice-poster-footer = Bure. Kwa Kiingereza, Kifaransa, Kiarabu, Kiswahili na Kihispania. Hatuulizi jina lako kamwe.
