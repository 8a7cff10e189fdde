# SAMPLE CONTENT PACK: "Port Amani" is a fictional city. Every law, office and number here is
# invented for demos and tests. A real deployment must replace this file.

safety-law-summary =
    📜 Leyes locales en Port Amani (EJEMPLO, inventado)

    • Vender sexo no es delito en Port Amani, pero ofrecerlo en la calle es una falta leve con multa.
    • La policía puede pedir un documento. Las personas refugiadas pueden mostrar su tarjeta de refugio o su recibo de asilo.
    • La policía no puede quedarse con tu teléfono sin una orden escrita de un tribunal.
    • Los condones no se pueden usar como prueba en un juicio.
    • Te pueden retener 24 horas como máximo antes de ver a un juez.

    La Clínica de Ayuda Legal de Port Amani revisa este resumen cada seis meses.

safety-arrest =
    🚨 Si te detienen en Port Amani (EJEMPLO, inventado)

    • Mantén la calma. Di: "Quiero llamar a la Clínica de Ayuda Legal." Después, di poco más.
    • La clínica responde de día y de noche en el +255 22 200 0001.
    • Pide un intérprete. Las comisarías de Port Amani deben llamar a uno gratis.
    • No tienes que desbloquear tu teléfono. Di: "Voy a esperar a mi abogado."
    • No firmes ninguna declaración antes de hablar con un abogado.
    • Después de 24 horas, deben llevarte ante un juez o dejarte ir.
    • Aprende de memoria el número de la clínica antes de necesitarlo.

    Si un agente te pide sexo o dinero, recuerda la hora y el lugar y cuéntaselo después a la clínica.

safety-emergency-numbers =
    ☎️ Números de emergencia en Port Amani (EJEMPLO, inventado)

    • Clínica de Ayuda Legal, día y noche: +255 22 200 0001
    • Línea de salud nocturna: +255 22 200 0002
    • Línea de apoyo entre trabajadoras sexuales: +255 754 000 111
