# Ongea na mwelimishaji rika (bila kujulikana) na maneno ya dharura.

menu-talk = 🤝 Ongea na mwelimishaji rika
menu-duty = 🟢 Ongea na rika: upatikanaji

relay-topic = { $topic ->
    [police] Polisi au kukamatwa
    [violence] Ukatili
    [health] Afya
    [papers] Nyaraka au hifadhi
   *[talk] Kuongea tu
}
relay-intro = Hapa unaweza kumwandikia mwelimishaji rika. Hawaoni akaunti yako, jina lako wala namba yako, na wewe unaona jina lao la timu tu. Hatuhifadhi chochote unachoandika, na ujumbe unafutwa mazungumzo yakiisha. Ungependa kuongea kuhusu nini?
relay-asked = Tunawauliza warika walio tayari sasa. Tafadhali subiri hapa; unaweza kuanza kuandika.
relay-no-peer = Hakuna rika aliye tayari sasa hivi. Ukiwa hatarini, piga namba ya dharura sasa. Unaweza pia kuacha ujumbe: rika atajibu ndani ya siku moja.
relay-leave = ✉️ Acha ujumbe
relay-leave-message = Andika ujumbe wako hapa. Rika atajibu ndani ya siku moja. Kama hakuna atakayeweza, tutakuambia.
relay-waiting = Unamsubiri rika. Unaweza kuandika sasa; ataisoma atakapojibu.
relay-held = Rika ataisoma mara tu atakapojibu.
relay-held-full = Tafadhali msubiri rika kabla ya kuandika zaidi.
relay-cancel = ✖ Acha kusubiri
relay-cancelled = Umeacha kusubiri. Hakuna ulichoandika kilichohifadhiwa.
relay-talking = Unaongea na { $alias }. Andika hapa; anaona tu unachoandika.
relay-started = 💬 Rika yuko hapa.
    Unaongea na { $alias }. Andika hapa; anaona tu unachoandika.
relay-handed = Rika mwingine ataendelea. Tafadhali subiri hapa.
relay-end = ✖ Maliza mazungumzo
relay-ended = Mazungumzo yameisha. Ujumbe wake umefutwa, na hakuna kilichohifadhiwa.
relay-give-feedback = 💬 Tuambie ilivyokuwa (bila kujulikana)
relay-dropped = Samahani, hakuna rika aliyeweza kujibu kwa wakati. Ukihitaji msaada sasa, piga namba ya dharura: mawasiliano yako hapa chini.
relay-talk-again = 🤝 Jaribu tena
relay-blocked = Huwezi kuongea na rika kwa sasa.
relay-emergency = 🚑 Mawasiliano ya dharura
relay-emergency-title = Wanaoweza kusaidia sasa:

relay-crisis = Hauko peke yako. Unaweza kuongea na rika sasa, au kumpigia mtu anayeweza kusaidia.
relay-crisis-words = *kamat*, polisi, askari, msaada, *saidi*, *umia, *umizwa, *jeruhi*, *bakwa, ubakaji, *pigwa, *fukuzwa, hatari, dharura, *tishi*, jela, gereza, *teka*, ukatili, vurugu

relay-duty-on = Uko tayari kuongea hadi { $until }.
relay-duty-off = Hauko tayari kuongea sasa.
relay-duty-switch-on = 🟢 Niko tayari
relay-duty-switch-off = ⚪ Siko tayari sasa
relay-waiting-count = { $count ->
    [one] Mtu { $count } anasubiri kuongea.
   *[other] Watu { $count } wanasubiri kuongea.
}
relay-accept-number = ✅ Kubali mazungumzo { $conversation }
relay-on-duty-title = Walio tayari sasa:
relay-on-duty-none = Hakuna aliye tayari sasa.
relay-on-duty-line = { $alias }, hadi { $until }{ $busy ->
    [yes] , anaongea sasa
   *[no] {""}
}
relay-offer = 💬 Kuna mtu angependa kuongea (mazungumzo { $conversation }).
relay-accept = ✅ Kubali
relay-taken = Rika mwingine ameshajibu.
relay-busy = Tafadhali maliza mazungumzo yako kwanza.
relay-back = ⬅️ Rudi
relay-peer-talking = Mazungumzo { $conversation }: { $topic }. Anakuona kama { $alias }. Unachoandika hapa kinamfikia; usiulize kamwe jina, namba au anwani yake.
relay-hand-over = 🔁 Kabidhi
relay-block = ⛔ Zuia
relay-hand-to = { $to ->
    [lead] 🧭 Kwa kiongozi
   *[peer] 🤝 Kwa rika mwingine
}
relay-hand-to-ask = Nani aendelee na mazungumzo { $conversation }?
relay-handed-over = Umekabidhi. Ujumbe umefutwa kwenye mazungumzo haya.
relay-nobody-to-hand = Hakuna anayeweza kuyachukua sasa. Mazungumzo yanabaki kwako.
relay-block-ask = Umzuie mtu huyu kwa siku 30? Mazungumzo yanaisha na hawezi kuomba rika.
relay-blocked-done = Amezuiwa kwa siku 30. Mazungumzo yameisha.
relay-you-ended = Umemaliza mazungumzo { $conversation }. Ujumbe wake umefutwa.
relay-ended-peer = 💬 Mazungumzo { $conversation } yameisha. Ujumbe wake umefutwa.

relay-figures = 📊 Takwimu
relay-figures-title = Ongea na rika, kwa mwezi:
relay-figures-month = { $month }: mazungumzo { $conversations }, dakika { $median } hadi kujibiwa (wastani wa kati), { $unanswered } hayakujibiwa
relay-figures-hidden = chini ya { $k }
