# Draft translation: to be reviewed by a native speaker.
# The service directory: finding services, service cards, referral notes, proposing and vetting.
# Words: "kuhakiki" = check that a service is still right; "kukagua" = review a proposed service.

# $category is one of the category codes.
directory-category = { $category ->
    [health] Afya
    [hiv-sti] VVU na magonjwa ya zinaa: kupima, matibabu, PrEP na PEP
    [sexual-health] Afya ya ngono na uzazi
    [mental-health] Afya ya akili
    [legal-aid] Msaada wa kisheria
    [gbv] Msaada baada ya ukatili
    [shelter] Makazi salama
    [drop-in] Kituo cha kufika bila miadi
    [livelihood] Kazi na kipato
    [documentation] Nyaraka na hifadhi ya ukimbizi
    [harm-reduction] Kupunguza madhara
    [sex-worker-led] Shirika linaloongozwa na wafanyakazi wa ngono
    [peer-support] Kikundi cha msaada wa rika
   *[emergency] Dharura
}
# A service type on a button: its icon and a short name (30 characters at most).
directory-category-button = { $category ->
    [health] 🩺 Afya
    [hiv-sti] 🧪 VVU na magonjwa ya zinaa
    [sexual-health] 🌸 Afya ya ngono
    [mental-health] 🧠 Afya ya akili
    [legal-aid] ⚖️ Msaada wa kisheria
    [gbv] 🆘 Msaada baada ya ukatili
    [shelter] 🏠 Makazi salama
    [drop-in] ☕ Kituo bila miadi
    [livelihood] 💼 Kazi na kipato
    [documentation] 📄 Nyaraka na ukimbizi
    [harm-reduction] 💉 Kupunguza madhara
    [sex-worker-led] ✊ Cha wafanyakazi wa ngono
    [peer-support] 🤝 Msaada wa rika
   *[emergency] 🚨 Dharura
}

menu-find = 🔎 Tafuta huduma
menu-propose = ➕ Ongeza huduma
menu-recheck = 🔁 Hakiki huduma
menu-queue = ✅ Kagua

directory-find-title = Ungependa kutafuta vipi? Unaweza pia kuwasha au kuzima vichujio.
directory-by-category = 📂 Kwa aina ya huduma
directory-near-me = 📍 Karibu nami
directory-by-word = 🔤 Tafuta kwa neno
# $on is "yes" or "no".
directory-filter-free = { $on ->
    [yes] ☑ Bure
   *[no] ☐ Bure
}
directory-filter-no-papers = { $on ->
    [yes] ☑ Bila nyaraka
   *[no] ☐ Bila nyaraka
}
directory-filter-sex-worker-led = { $on ->
    [yes] ☑ Inaongozwa na wafanyakazi wa ngono
   *[no] ☐ Inaongozwa na wafanyakazi wa ngono
}
directory-filter-open-now = { $on ->
    [yes] ☑ Iko wazi sasa
   *[no] ☐ Iko wazi sasa
}

directory-choose-category = Chagua aina ya huduma:
directory-results = { $category } — gusa huduma ili kuona zaidi.
directory-no-results = Hakuna kilichopatikana. Jaribu aina nyingine ya huduma, au zima baadhi ya vichujio.
directory-search-ask = Andika neno la kutafuta, kwa mfano: kliniki, kisheria, makazi.
directory-search-results = Matokeo ya “{ $words }” — gusa huduma ili kuona zaidi.
directory-search-too-short = Tafadhali andika angalau neno moja.
directory-search-none = Hakuna kilichopatikana kwa “{ $words }”. Jaribu neno lingine, au zima baadhi ya vichujio.
directory-search-again = 🔤 Tafuta tena

directory-near-what = Unahitaji nini karibu nawe? Chagua aina moja, au yoyote.
directory-near-any = 📍 Aina yoyote ya huduma
directory-near-ask = Gusa kitufe hapa chini ili kutuma mahali ulipo. Tunatumia taarifa hii mara moja tu, na hatuihifadhi.
directory-share-location = 📍 Tuma mahali nilipo
directory-near-or-area = Au chagua eneo:
directory-near-results = Huduma zilizo karibu. Gusa moja uone zaidi.
directory-area-results = Huduma karibu na katikati ya { $area }. Gusa mojawapo ili kuona zaidi.
directory-near-type-results = Zilizo karibu zaidi: { $category }. Gusa moja kuona zaidi.
directory-area-type-results = { $category } karibu na katikati ya { $area }. Gusa moja kuona zaidi.
directory-near-none = Hakuna huduma zilizopatikana karibu na hapo. Jaribu eneo lingine, au zima baadhi ya vichujio.
directory-live-location = Hatutumii mahali pa moja kwa moja (live). Tafadhali tuma mahali ulipo mara moja tu.
directory-location-used = Mahali ulipo pametumika mara moja, hapajahifadhiwa, na pamefutwa.
directory-no-areas = Bado hakuna maeneo yaliyowekwa.

# Distance bands.
directory-distance = { $band ->
    [under-1] chini ya km 1
    [from-1-to-3] km 1–3
    [from-3-to-10] km 3–10
   *[further] zaidi ya km 10
}
directory-open-now = Iko wazi sasa
directory-open-until = Iko wazi sasa, hadi { $time }
directory-opens-at = Imefungwa. Inafunguliwa { $day } { $time }
directory-closed = Imefungwa
directory-hours-unknown = Saa za kufungua hazijulikani
directory-result-label = { $name } · { $status }
directory-result-label-distance = { $name } · { $distance } · { $status }

# The service card.
directory-card-organisation = 🏢 { $organisation }
directory-card-categories = 🏷 { $categories }
directory-card-address = 📍 { $address }
directory-card-hours = 🕘 { $hours }
directory-card-week = { $days } { $times }
directory-all-day = saa 24
directory-card-open-24-hours = 🕘 Wazi saa 24, kila siku
directory-card-free = 💵 Bure
directory-card-fees = 💵 { $fees }
directory-card-cost-unknown = 💵 Gharama haijulikani
directory-card-no-papers = 📄 Nyaraka hazihitajiki
directory-card-papers = 📄 Nyaraka zinazohitajika: { $documents }
directory-card-papers-unknown = 📄 Uliza kama nyaraka zinahitajika
directory-card-languages = 🗣 { $languages }
directory-card-interpretation = { $available ->
    [yes] 🗣 Mkalimani anaweza kusaidia
   *[no] 🗣 Hakuna mkalimani
}
directory-card-accessibility = ♿ { $accessibility }
directory-card-phone = ☎ { $phone }
directory-card-email = ✉ { $email }
directory-card-url = 🔗 { $url }
directory-card-eligibility = 👤 { $eligibility }
directory-card-directions = 🧭 { $directions }
directory-card-notice = 📢 { $notice }
directory-card-temporarily-closed = ⛔ Imefungwa kwa muda
directory-card-checked = ✔ Ilihakikiwa { $days ->
    [0] leo
    [one] jana
   *[other] siku { $days } zilizopita
}
directory-card-not-recent = ⚠ Haijahakikiwa hivi karibuni (mara ya mwisho siku { $days } zilizopita)
directory-card-state = Hali: { $state ->
    [proposed] inasubiri kukaguliwa
    [review] imerudishwa ili ikaguliwe
    [published] imechapishwa
    [rejected] imekataliwa
   *[archived] imewekwa kwenye kumbukumbu
}
directory-card-reports = Matatizo yaliyoripotiwa: { $reports }
# Our attributes, shown together on one line.
directory-flag = { $flag ->
    [sex_worker_led] Inaongozwa na wafanyakazi wa ngono
    [rights_based] Heshima, bila kuhukumu
    [no_police_reporting] Hairipoti kwa polisi
    [trans_friendly] Inakaribisha watu waliobadili jinsia
    [confidential] Siri inatunzwa
   *[walk_in] Unaweza kufika bila miadi
}

directory-button-map = 🗺 Ramani
directory-button-referral = 📝 Barua ya rufaa
directory-button-confirm = ✅ Bado ni sahihi
directory-button-report = ⚠️ Ripoti tatizo
directory-button-back = ⬅️ Rudi
directory-button-feedback = 💬 Toa maoni kuhusu huduma hii

directory-referral = 📝 Barua ya rufaa
    Huduma: { $service }
    Msimbo: { $code }
    Tafadhali onyesha barua hii kwenye huduma. Inasema kwamba mpango wa waelimishaji rika umemtuma mtu huyu. Haina taarifa binafsi.

directory-confirmed = Asante. Imewekwa kuwa imehakikiwa leo.
directory-report-choose = Kuna tatizo gani?
# $kind is one of the problem kinds.
directory-problem = { $kind ->
    [closed] Imefungwa
    [moved] Imehamia mahali pengine
    [wrong-hours] Saa si sahihi
    [treated-badly] Waliwatendea watu vibaya
    [asked-for-papers] Waliomba nyaraka
   *[called-police] Waliita polisi
}
directory-report-thanks = Asante. Timu italiangalia.
directory-report-review = Asante. Imefichwa mpaka timu iihakiki.
directory-report-already = Ulishatuambia hili, na tumelipokea. Timu italiangalia.

directory-recheck-title = Huduma hizi zinahitaji kuhakikiwa. Gusa mojawapo, kisha tuambie kama bado ni sahihi.
directory-recheck-none = Hakuna cha kuhakiki sasa. Asante.

directory-queue-summary = Zimehakikiwa karibuni: { $fresh } · Zinahitaji kuhakikiwa: { $due } · Hazijahakikiwa hivi karibuni: { $stale } · Zimefichwa: { $hidden } · Zinasubiri kukaguliwa: { $waiting }
directory-queue-empty = Hakuna kinachosubiri kukaguliwa.
directory-approve = ✅ Chapisha
directory-reject = ✖ Kataa
directory-next = Inayofuata ➡️
directory-approved = Imechapishwa: { $name }.
directory-reject-ask = Kwa nini? Andika sababu fupi. Mtu aliyeipendekeza ataiona.
directory-rejected = Haijachapishwa: { $name }.
directory-proposal-published = Pendekezo lako “{ $name }” sasa limechapishwa. Asante.
directory-proposal-rejected = Pendekezo lako “{ $name }” halikuchapishwa. Sababu: { $reason }
directory-review-waiting = Kuna kitu kipya cha kukagua. Fungua ✅ Kagua.
directory-decision-letter = 🔔 Timu imekujibu. Gusa Soma kuliona.
directory-decision-read = 📖 Soma
directory-your-waiting-item = “{ $name }” bado inasubiri kiongozi aikague.

# Proposing a service, step by step.
directory-propose-name = Huduma hii inaitwaje?
directory-your-waiting = Inasubiri kiongozi aikague:
directory-your-change = { $name }: mabadiliko ya { $field }
directory-propose-categories = Inatoa aina gani za huduma? Gusa zote zinazofaa, kisha Imekamilika.
directory-propose-organisation = Ni shirika gani linaloiendesha? Andika jina, au gusa Ruka.
directory-propose-description = Ieleze kwa sentensi moja au mbili fupi, au gusa Ruka.
directory-propose-phone = Namba yake ya simu ni ipi? Iandike, au gusa Ruka.
directory-propose-phone-invalid = Hii haionekani kuwa namba ya simu. Iandike tena pamoja na msimbo wa nchi, au gusa Ruka.
directory-propose-place = Iko wapi? Tuma mahali ilipo kwa 📎 → Location, andika anwani, au gusa Ruka.
directory-propose-area = Iko katika eneo gani?
directory-propose-hours = Inafunguliwa lini?
# The bot reads day names of this language (babel's full and short names) and the codes Mo-Su.
directory-propose-hours-type = Andika saa hivi (Jumatatu hadi Ijumaa, na Jumamosi):
    Jumatatu-Ijumaa 09:00-17:00; Jumamosi 10:00-14:00
    Tumia saa 24: 09:00 ni saa tatu asubuhi, 17:00 ni saa kumi na moja jioni.
directory-propose-hours-invalid = Sikuweza kusoma saa hizi. Mfano (Jumatatu hadi Ijumaa, na Jumamosi):
    Jumatatu-Ijumaa 09:00-17:00; Jumamosi 10:00-14:00
directory-propose-cost = Je, ni bure?
directory-propose-papers = Je, watu wasio na nyaraka wanaweza kuitumia?
directory-propose-flags = Ni yapi kati ya haya ni kweli? Gusa yote yanayofaa, kisha Imekamilika.
directory-propose-visibility = Nani anaweza kuiona?
directory-propose-review = Tafadhali hakiki, kisha tuma:
directory-propose-sent = Imetumwa kwa viongozi ili ikaguliwe. Asante.
directory-propose-closed = Fomu hii imefungwa: bot ilianza upya, au fomu ilisimamishwa. Hakuna kingine kilichotumwa. Unaweza kuanza tena.
directory-propose-again = ➕ Anza tena
directory-propose-too-long = Hii ni ndefu mno. Tafadhali ifupishe.
directory-hours-weekdays = Jumatatu–Ijumaa, 9:00–17:00
directory-hours-always = Iko wazi kila wakati
directory-hours-custom = Andika saa
directory-answer-yes = Ndiyo
directory-answer-no = Hapana
directory-answer-unknown = Sijui
directory-visibility-public = Kila mtu
directory-visibility-peers = Waelimishaji rika na viongozi tu
directory-skip = Ruka ➡️
directory-done = Imekamilika ✅
directory-send = 📨 Tuma

# Suggesting a change to a published service (peers), or editing one (leads).
directory-button-change = ✏️ Pendekeza mabadiliko
directory-button-edit = ✏️ Hariri
directory-change-choose = Ni nini kinachohitaji kubadilishwa?
directory-edit-choose = Unataka kuhariri nini? Inabadilika mara moja.
# $field is one of the fields a change can touch.
directory-field = { $field ->
    [name] Jina
    [description] Maelezo
    [phone] Namba ya simu
    [address] Anwani
    [hours] Saa za kufungua
    [is_free] Je, ni bure?
    [no_papers_needed] Je, watu wasio na nyaraka wanaweza kuitumia?
    [status] Iko wazi au imefungwa
   *[notice] Tangazo fupi
}
# $status is active, temporarily_closed or closed.
directory-status = { $status ->
    [active] Iko wazi kama kawaida
    [temporarily_closed] Imefungwa kwa muda
   *[closed] Imefungwa kabisa
}
directory-change-type = Andika taarifa mpya ya: { $field }
directory-change-invalid = Sikuweza kutumia hii. Tafadhali jaribu tena, au tuma /cancel.
directory-change-drafted = Asante. Kiongozi atakagua mabadiliko yako kabla hayajaonyeshwa.
directory-change-applied = Imehifadhiwa.
directory-change-title = Mabadiliko yaliyopendekezwa kwa “{ $name }”
    { $field }: { $old } → { $new }
directory-change-publish = ✅ Chapisha mabadiliko
directory-change-published = Mabadiliko ya “{ $name }” yamechapishwa.
directory-change-rejected = Mabadiliko ya “{ $name }” hayakuchapishwa.
directory-your-change-published = Mabadiliko uliyopendekeza kwa “{ $name }” sasa yamechapishwa. Asante.
directory-your-change-rejected = Mabadiliko uliyopendekeza kwa “{ $name }” hayakuchapishwa. Sababu: { $reason }
directory-value-empty = (tupu)
directory-recheck-offer = 🔁 { $count ->
    [one] Huduma moja inahitaji kuhakikiwa.
   *[other] Huduma { $count } zinahitaji kuhakikiwa.
} Gusa hapa chini ukiweza kusaidia.
