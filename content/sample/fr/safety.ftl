# SAMPLE CONTENT PACK: "Port Amani" is a fictional city. Every law, office and number here is
# invented for demos and tests. A real deployment must replace this file.

safety-law-summary =
    📜 Lois locales à Port Amani (EXEMPLE, inventé)

    • Vendre du sexe n'est pas un délit à Port Amani, mais le racolage dans la rue est une petite infraction punie d'une amende.
    • La police peut demander une pièce d'identité. Les personnes réfugiées peuvent montrer leur carte de réfugié ou leur reçu d'asile.
    • La police ne peut pas garder votre téléphone sans un ordre écrit d'un tribunal.
    • Les préservatifs ne peuvent pas servir de preuve au tribunal.
    • Vous pouvez être détenu·e 24 heures au plus avant de voir un juge.

    La Clinique d'aide juridique de Port Amani vérifie ce résumé tous les six mois.

safety-arrest =
    🚨 Si vous êtes arrêté·e à Port Amani (EXEMPLE, inventé)

    • Restez calme. Dites : « Je veux appeler la Clinique d'aide juridique. » Ensuite, dites peu de choses.
    • La clinique répond jour et nuit au +255 22 200 0001.
    • Demandez un interprète. Les postes de police de Port Amani doivent en appeler un gratuitement.
    • Vous n'êtes pas obligé·e de déverrouiller votre téléphone. Dites : « J'attends mon avocat. »
    • Ne signez aucune déclaration avant d'avoir parlé à un avocat.
    • Après 24 heures, on doit vous présenter à un juge ou vous libérer.
    • Apprenez le numéro de la clinique par cœur avant d'en avoir besoin.

    Si un agent demande du sexe ou de l'argent, retenez l'heure et le lieu et dites-le plus tard à la clinique.

safety-emergency-numbers =
    ☎️ Numéros d'urgence à Port Amani (EXEMPLE, inventé)

    • Clinique d'aide juridique, jour et nuit : +255 22 200 0001
    • Ligne santé de nuit : +255 22 200 0002
    • Ligne d'écoute des paires travailleuses du sexe : +255 754 000 111
