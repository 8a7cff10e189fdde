# Draft translation: to be reviewed by a native speaker.
# Mafunzo kwa waelimishaji rika na viongozi (/training): masomo mafupi yenye maswali.

menu-training = 🎓 Mafunzo
command-training = Masomo kwa waelimishaji rika na viongozi
training-intro = Masomo mafupi yenye maswali. Gusa moja kuanza. ✅ inaonyesha uliyomaliza.
training-none = Bado hakuna masomo.
training-team-button = 👥 Maendeleo ya timu
training-start = ▶️ Maswali
training-question = Swali { $number } kati ya { $total }
training-answer-letter = { $choice ->
    [0] A
    [1] B
    [2] C
   *[3] D
}
training-right = ✅ Sahihi.
training-wrong = ✖ Si kabisa. Jibu sahihi: { $answer }
training-next = Swali linalofuata ➡️
training-done = 🎉 Umemaliza somo hili.
training-team-title = Timu yako: { $count ->
    [one] mtu mmoja
   *[other] watu { $count }
}. Wangapi wamemaliza kila somo:
training-team-line = { $lesson }: { $count } kati ya { $total }

training-lessons = stigma, choice, confidentiality, safety, referral, consent

# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma = Maneno yanaweza kuumiza au kusaidia. Tumia maneno ambayo watu wanajiita: “mfanyakazi wa ngono”, si “malaya”. Sema “manusura” kama mtu anapenda. Sema “asiye na vibali”, si “mhamiaji haramu”. Usihukumu. Uliza na usikilize.
    .title = 🗣 Kuzungumza bila unyanyapaa
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-1 = Mwanamke anakuambia anauza ngono. Unatumia maneno gani?
    .a = “Malaya”
    .b = “Mfanyakazi wa ngono”, au maneno yake mwenyewe
    .c = “Mwathirika”
    .right = b
    .why = Tumia maneno ambayo watu wanachagua. “Mfanyakazi wa ngono” inaeleza kazi, bila hukumu.
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-2 = Mtu hana kibali cha kuishi. Unasema nini?
    .a = “Mhamiaji haramu”
    .b = “Mhamiaji asiye na vibali”
    .c = Husemi kitu: humsaidii
    .right = b
    .why = Hakuna binadamu haramu. “Asiye na vibali” inaeleza hali, na kila mtu ana haki ya msaada.

training-lesson-choice = Mtu mwenyewe anaamua. Mweleze njia zote unazojua, si ile unayoipenda tu. Usimlazimishe. Yeye anajua maisha yake. Heshimu jibu la hapana.
    .title = 🧭 Mtu anachagua
training-lesson-choice-1 = Mwanamke anahitaji kliniki. Wewe unapenda kliniki moja. Unafanya nini?
    .a = Unamweleza kliniki yako tu
    .b = Unamweleza kliniki zote unazojua, kisha anachagua
    .c = Unamchagulia
    .right = b
    .why = Eleza njia zote. Yeye anachagua inayofaa maisha yake.
training-lesson-choice-2 = Baada ya ukatili, mwanamke hataki kwenda polisi. Unafanya nini?
    .a = Unamwambia lazima aende
    .b = Unaheshimu uamuzi wake, na kumweleza matibabu bila ripoti ya polisi
    .c = Unapiga simu polisi kwa niaba yake
    .right = b
    .why = Ni uamuzi wake. Anaweza kutibiwa bila kuripoti.

training-lesson-confidentiality = Watu wanachokuambia ni siri. Usishiriki majina, namba za simu au mahali. Bot hii haihifadhi majina, namba za simu wala ujumbe. Maoni hayana jina. Usiandike jina la mtu wa jamii kwenye ripoti au tahadhari.
    .title = 🔒 Usiri
training-lesson-confidentiality-1 = Bot hii inahifadhi nini kuhusu mtu anayetafuta huduma tu?
    .a = Jina lake na namba yake ya simu
    .b = Karibu hakuna kitu: lugha aliyochagua, chini ya msimbo
    .c = Ujumbe wake wote
    .right = b
    .why = Bot inahifadhi karibu hakuna kitu, kwa hiyo simu au seva ikikamatwa inaonyesha kidogo.
training-lesson-confidentiality-2 = Unaandika tahadhari ya usalama. Unaweza kuweka nini?
    .a = Cha kuangalia, na wapi
    .b = Jina la mwanamke aliyeumizwa
    .c = Namba ya simu ya mtu wa jamii
    .right = a
    .why = Sema kilichotokea na wapi. Kamwe si majina au namba za simu.

training-lesson-safety = Hakuna anayeenda peke yake. Jiandikishe kuwasili mwanzo wa kipindi na kuondoka mwisho wake. Usipojiandikisha kuondoka, bot inakuuliza kama uko salama, kisha inamwambia kiongozi wako. Jifunze kadi ya kukamatwa kabla hujaihitaji.
    .title = 🦺 Mpango wa usalama
training-lesson-safety-1 = Kipindi chako cha kufikia jamii kinaisha. Unafanya nini?
    .a = Unaenda nyumbani bila kumwambia mtu
    .b = Unagusa “Ondoka” kwenye bot
    .c = Unasubiri kiongozi akupigie simu
    .right = b
    .why = Kujiandikisha kuondoka kunaiambia timu kuwa uko salama. Usipofanya hivyo, kiongozi wako anaambiwa.
training-lesson-safety-2 = Polisi wanakusimamisha. Nini kinasaidia zaidi?
    .a = Kukimbia
    .b = Kutulia na kuomba wakili
    .c = Kusaini karatasi yoyote
    .right = b
    .why = Tulia, omba wakili, na usisaini usichoelewa. Angalia kadi kwenye /rights.

training-lesson-referral = Rufaa ni kumpeleka mtu kwenye huduma inayoweza kumsaidia. Kwanza tafuta huduma kwenye bot. Hakikisha bado ni sahihi. Mpe barua ya rufaa, isiyo na taarifa binafsi. Baadaye, muulize ilikuwaje.
    .title = 📝 Kutoa rufaa
training-lesson-referral-1 = Unapataje huduma ya kuaminika kwa mtu?
    .a = Kutafuta kwenye orodha ya bot
    .b = Kubahatisha
    .c = Kumpeleka polisi
    .right = a
    .why = Orodha ina huduma zilizohakikiwa na waelimishaji rika.
training-lesson-referral-2 = Barua ya rufaa ina nini?
    .a = Jina na namba ya simu ya mtu
    .b = Huduma na msimbo, bila taarifa binafsi
    .c = Vibali vyake
    .right = b
    .why = Barua inasema tu kwamba mpango wa rika umemtuma mtu huyu.

training-lesson-consent = Uliza kabla ya kuandika chochote kuhusu mtu. Sema ni kwa ajili gani na nani atasoma. Hapana ni sawa, na msaada hautegemei jibu. Ripoti zinahesabu watu, hazitaji majina.
    .title = 🤝 Ridhaa kabla ya ripoti
training-lesson-consent-1 = Unataka kuandika hadithi kwenye ripoti yako. Unafanya nini kwanza?
    .a = Unaiandika, hatajua
    .b = Unamuuliza mtu, na kusema nani atasoma
    .c = Unaongeza jina lake ili kiongozi ahakikishe
    .right = b
    .why = Uliza kwanza. Sema ni kwa ajili gani. Kamwe usiweke jina.
training-lesson-consent-2 = Mtu anasema hapana. Nini kinatokea?
    .a = Unamsaidia hata hivyo, na huandiki kitu
    .b = Unaacha kumsaidia
    .c = Unaiandika hata hivyo
    .right = a
    .why = Msaada hautegemei kamwe jibu la ndiyo.
