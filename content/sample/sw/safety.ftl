# SAMPLE CONTENT PACK: "Port Amani" is a fictional city. Every law, office and number here is
# invented for demos and tests. A real deployment must replace this file.

safety-law-summary =
    📜 Sheria za Port Amani (MFANO, za kubuni)

    • Kuuza ngono si kosa la jinai Port Amani, lakini kushawishi barabarani ni kosa dogo lenye faini.
    • Polisi wanaweza kuomba kitambulisho. Wakimbizi wanaweza kuonyesha kadi ya ukimbizi au risiti ya hifadhi.
    • Polisi hawaruhusiwi kushika simu yako bila amri ya maandishi ya mahakama.
    • Kondomu haziwezi kutumika kama ushahidi mahakamani.
    • Unaweza kuzuiliwa kwa saa 24 tu kabla ya kumwona hakimu.

    Kliniki ya Msaada wa Kisheria ya Port Amani hukagua muhtasari huu kila miezi sita.

safety-arrest =
    🚨 Ukikamatwa Port Amani (MFANO, za kubuni)

    • Tulia. Sema: "Nataka kupiga simu Kliniki ya Msaada wa Kisheria." Kisha sema machache tu.
    • Kliniki hujibu mchana na usiku kwa +255 22 200 0001.
    • Omba mkalimani. Vituo vya polisi vya Port Amani lazima vimwite bure.
    • Huna lazima kufungua simu yako. Sema: "Nitamsubiri wakili wangu."
    • Usisaini maelezo yoyote kabla ya kuongea na wakili.
    • Baada ya saa 24, lazima upelekwe kwa hakimu au uachiliwe.
    • Kariri namba ya kliniki kabla hujaihitaji.

    Afisa akikuomba ngono au pesa, kumbuka saa na mahali na uiambie kliniki baadaye.

safety-emergency-numbers =
    ☎️ Namba za dharura Port Amani (MFANO, za kubuni)

    • Kliniki ya Msaada wa Kisheria, mchana na usiku: +255 22 200 0001
    • Simu ya afya ya usiku: +255 22 200 0002
    • Simu ya msaada ya wenzetu wafanyakazi wa ngono: +255 754 000 111
