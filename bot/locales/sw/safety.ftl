# Draft translation: to be reviewed by a native speaker.

menu-rights = ⚖️ Haki zako
safety-choose = Chagua mada:

safety-button-police = 👮 Polisi
safety-button-health = 🏥 Huduma za afya
safety-button-work = 💼 Kazini
safety-button-refugee = 🪪 Mkimbizi au hifadhi
safety-button-violence = 🆘 Ukatili
safety-button-law = 📜 Sheria za hapa
safety-button-arrest = 🚨 Ukikamatwa

safety-card-police =
    👮 Haki zako mbele ya polisi

    Sheria hutofautiana kati ya nchi. Mwelimishaji rika au huduma ya kisheria anaweza kukueleza sheria ya hapa.

    • Tulia. Weka mikono yako mahali wanapoiona.
    • Unaweza kuuliza: “Je, niko huru kuondoka?” Wakisema ndiyo, ondoka kwa utulivu.
    • Unaweza kuomba jina na namba ya afisa. Jaribu kuyakumbuka.
    • Kubeba kondomu si ushahidi wa kosa. Unaweza kusema hivyo kwa utulivu.
    • Hakuna mtu anayeruhusiwa kukupiga, kukugusa kingono au kukuomba ngono au pesa.
    • Huna lazima kutaja majina ya marafiki au wateja.
    • Ukiona polisi wakimsimamisha mtu, unaweza kukaa karibu na kutazama, kama ni salama.

    Baadaye, andika saa, mahali na yaliyosemwa, na umwambie mwelimishaji rika.

safety-card-health =
    🏥 Haki zako katika kituo cha afya

    Sheria hutofautiana kati ya nchi. Mwelimishaji rika au huduma ya kisheria anaweza kukueleza sheria ya hapa.

    • Una haki ya kupata huduma bila kuhukumiwa, vyovyote kazi yako au hati zako.
    • Unachomwambia mhudumu wa afya kinapaswa kubaki siri.
    • Unaweza kukubali au kukataa kipimo au tiba yoyote. Hakuna anayepaswa kukulazimisha kupimwa.
    • Unaweza kuomba mkalimani, au kuja na mtu unayemwamini.
    • Unaweza kuuliza dawa ni ya nini na bei yake kabla ya kuitumia.
    • Katika dharura, omba msaada kwanza. Hati zinaweza kufuata baadaye.

    Ukitendewa vibaya, unaweza kumwambia mwelimishaji rika. Unaweza pia kutoa maoni bila jina katika bot hii.

safety-card-work =
    💼 Haki zako kazini

    Sheria hutofautiana kati ya nchi. Mwelimishaji rika au huduma ya kisheria anaweza kukueleza sheria ya hapa.

    • Mwili wako, uamuzi wako. Unaweza kukataa mtu yeyote au kitendo chochote, wakati wowote.
    • Unaweza kuomba kondomu itumike kila wakati. Unaweza kuacha isipotumika.
    • Hakuna anayeruhusiwa kushika kitambulisho, pasipoti au simu yako.
    • Hakuna anayeruhusiwa kuchukua pesa zako kwa nguvu au kukufanyisha kazi kulipa deni.
    • Mwambie rafiki unakokwenda na utarudi lini. Kubalianeni ujumbe wa kuthibitisha uko salama.
    • Amini hisia zako. Kitu kikionekana si sawa, unaweza kuondoka.

    Mtu akikudhibiti, akikutishia au akishika hati zako, unaweza kupata msaada kwa siri.

safety-card-refugee =
    🪪 Haki zako kama mkimbizi au mtafuta hifadhi

    Sheria hutofautiana kati ya nchi. Mwelimishaji rika au huduma ya kisheria anaweza kukueleza sheria ya hapa.

    • Una haki ya kuomba hifadhi. Kazi yako haiondoi haki hii.
    • Hakuna anayepaswa kukurudisha mahali ambapo uko hatarini.
    • Weka nakala au picha ya hati zako mahali salama, mbali na hati halisi.
    • Una haki ya mkalimani katika mahojiano.
    • Unachosema katika mahojiano ya hifadhi kinapaswa kubaki siri.
    • Unaweza kuomba msaada wa huduma ya kisheria kabla ya mahojiano.

    Mtu akikuomba pesa au ngono ili akupe hati au msaada, hilo ni kosa. Unaweza kuliambia shirika unaloliamini.

safety-card-violence =
    🆘 Ukifanyiwa ukatili

    Sheria hutofautiana kati ya nchi. Mwelimishaji rika au huduma ya kisheria anaweza kukueleza sheria ya hapa.

    • Ukatili si kosa lako kamwe. Unastahili msaada.
    • Kwanza, nenda mahali salama. Mpigie mtu unayemwamini.
    • Ukiumia, muone mhudumu wa afya mapema. Baada ya kubakwa, dawa ndani ya saa 72 (siku 3) inaweza kuzuia VVU, na vidonge fulani vinaweza kuzuia mimba.
    • Ukiweza, hifadhi nguo zako na usioge kabla ya kupimwa. Hii inaweza kusaidia baadaye, ukiamua kuripoti.
    • Wewe ndiye unayeamua kwenda polisi au la. Unaweza kupata matibabu bila kuripoti.
    • Ukijisikia tayari, andika kilichotokea, lini na wapi.

    Mwelimishaji rika anaweza kwenda nawe. Huko peke yako.

safety-law-summary =
    📜 Sheria za hapa

    Sheria hutofautiana kati ya nchi, na wakati mwingine kati ya miji. Muulize mwelimishaji rika au huduma ya kisheria sheria inasema nini mahali ulipo.

safety-arrest =
    🚨 Ukikamatwa au kuzuiliwa

    Sheria hutofautiana kati ya nchi. Mwelimishaji rika au huduma ya kisheria anaweza kukueleza sheria ya hapa.

    • Tulia. Usikimbie, usipigane na usiwatukane maafisa.
    • Unaweza kusema: “Nataka kuongea na wakili.” Kisha sema machache tu.
    • Unaweza kuomba mkalimani kama huelewi.
    • Unaweza kuuliza: “Kwa nini nimekamatwa?”
    • Usisaini kitu chochote usichokielewa.
    • Usiseme uongo. Unaweza kunyamaza badala yake.
    • Mahali sheria inaporuhusu, huna lazima kufungua simu yako au kutoa nenosiri.
    • Kariri namba moja ya simu: rafiki, mwenzako au huduma ya kisheria.
    • Unaweza kuomba kumpigia mtu simu na kuonana na daktari ukiumia au ukihitaji dawa.
    • Kama una watoto au watu wanaokutegemea, sema hivyo.

    Hakuna anayeruhusiwa kukupiga, kukugusa kingono au kuomba ngono au pesa ili akuachilie.

safety-emergency-numbers =
    Muulize mwelimishaji rika namba za dharura za hapa, na ukariri moja.

safety-contacts-title = Wanaoweza kusaidia:
safety-contact-line = { $name }: { $phone }
safety-no-contacts = Bado hakuna mawasiliano ya kisheria au ya dharura. Muulize mwelimishaji rika.

# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Taarifa za usalama
menu-report-danger = ⚠️ Ripoti hatari
menu-vet-alerts = 🛡 Taarifa za kukagua

alerts-notice = 🔔 Taarifa kuhusu { $area }
# What a subscriber is sent (a locked phone shows it): the area only, never what happened.
alerts-new-notice = 🔔 Taarifa mpya kuhusu { $area }
alerts-read = 📖 Soma
# $kind is one of the alert kinds.
alerts-kind = { $kind ->
    [violent-client] Mteja mkatili au mnyanyasaji
    [police] Operesheni ya polisi
    [robbery] Wizi
    [unsafe-place] Mahali pasipo salama
   *[other] Hatari nyingine
}
# $when is today, yesterday or this-week.
alerts-when = { $when ->
    [today] leo
    [yesterday] jana
   *[this-week] wiki hii
}
alerts-choose = Chagua maeneo unayotaka kupata taarifa za usalama. Unaweza kusimamisha wakati wowote. Tunahifadhi namba ya mazungumzo yako tu wakati unapokea taarifa.
alerts-stop = 🔕 Simamisha taarifa zote
alerts-stopped = Imekamilika. Hutapata taarifa tena, na hatuhifadhi tena namba ya mazungumzo yako kwa ajili yake.
alerts-report-kind = Ni hatari ya aina gani?
alerts-no-names = Usiandike kamwe jina wala namba ya simu ya mtu wa jamii.
alerts-report-when = Ilitokea lini?
alerts-report-describe = Ieleze kwa maneno machache (hadi herufi 500): nini cha kuangalia, na wapi. Bila majina, bila namba za simu.
alerts-report-review = Hiki ndicho kiongozi atakachokagua kabla ya kutumwa: { $text }
alerts-report-sent = Asante. Kiongozi ataikagua kabla ya kutumwa.
alerts-report-sent-member = Asante. Kiongozi ataikagua.
alerts-report-limit = Umetuma ripoti kadhaa leo. Asante: tafadhali jaribu tena kesho.
alerts-waiting = 🛡 Kuna taarifa mpya inayosubiri ukaguzi wako.
alerts-none-waiting = Hakuna taarifa za kukagua.
alerts-publish = ✅ Itume
alerts-edit = ✏️ Hariri, kisha tuma
alerts-type-edit = Andika maandishi ya kutuma badala yake.
alerts-published = { $count ->
    [0] Imechapishwa. Bado hakuna anayepata taarifa za eneo hili.
    [one] Imetumwa kwa mtu { $count }.
   *[other] Imetumwa kwa watu { $count }.
}
alerts-rejected = Haijatumwa. Mtu aliyeiripoti ataambiwa sababu.
alerts-your-alert-rejected = Taarifa ya usalama uliyoripoti haikutumwa. Sababu: { $reason }
# What the peer who reported is sent (a locked phone shows it): nothing about the report.
alerts-rejected-letter = 📬 Kuna jibu kuhusu taarifa uliyotuma.
# A button of a report or a vetting whose form has closed (a restart, a long pause).
alerts-form-closed = Fomu hii imefungwa. Unaweza kuanza upya.
alerts-edit-review = Hiki ndicho kitakachotumwa: { $text }
alerts-reason-review = Mtu aliyeiripoti atasoma sababu hii: { $reason }
alerts-send-reason = ✅ Tuma sababu
