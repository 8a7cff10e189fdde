# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Taarifa za usalama
menu-report-danger = ⚠️ Ripoti hatari
menu-vet-alerts = 🛡 Taarifa za kukagua

alerts-notice = 🔔 Taarifa kuhusu { $area }
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
alerts-waiting = Kuna taarifa ya usalama ya kukagua. Fungua 🧰 Timu, kisha 🛡 Taarifa za kukagua.
alerts-none-waiting = Hakuna taarifa za kukagua.
alerts-publish = ✅ Ituma
alerts-edit = ✏️ Hariri, kisha tuma
alerts-type-edit = Andika maandishi ya kutuma badala yake.
alerts-published = Imetumwa kwa watu { $count }.
alerts-rejected = Haijatumwa. Mtu aliyeiripoti ataambiwa sababu.
alerts-your-alert-rejected = Taarifa ya usalama uliyoripoti haikutumwa. Sababu: { $reason }
