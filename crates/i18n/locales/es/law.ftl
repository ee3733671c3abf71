# Mensajes del motor legal. Palabras sencillas, nivel de lectura de 6.º grado.
# Las fechas llegan ya escritas ("30 de junio de 2016").

verify = verificar

## Nombres de los remedios

remedy-pc-1203-4 = Anulación después de la libertad condicional (PC 1203.4)
remedy-pc-1203-4a = Anulación de un delito menor o infracción sin libertad condicional (PC 1203.4a)
remedy-pc-1203-41 = Anulación de un delito grave cumplido en la cárcel del condado o en prisión (PC 1203.41)
remedy-pc-1203-42 = Anulación de una sentencia de prisión de antes de 2011 (PC 1203.42)
remedy-pc-1203-425 = Alivio automático de condenas por el estado (PC 1203.425)
remedy-pc-17b = Delito grave reducido a delito menor (PC 17(b))
remedy-pc-17d2 = Delito menor reducido a infracción (PC 17(d)(2))
remedy-pc-1170-18 = Proposición 47: delito grave cambiado a delito menor (PC 1170.18)
remedy-hs-11361-8 = Proposición 64: antecedente de marihuana anulado, sellado o reducido (HS 11361.8)
remedy-pc-851-93 = Alivio automático de arrestos por el estado (PC 851.93)
remedy-pc-851-91 = Sellar un arresto que no terminó en condena (PC 851.91)
remedy-pc-851-87 = Sellar después de un programa de desvío de la fiscalía (PC 851.87)
remedy-pc-851-90 = Sellar después de un desvío por drogas (PC 851.90)
remedy-pc-1000-4 = El arresto se considera no ocurrido después del desvío (PC 1000.4)
remedy-pc-1001-9 = El arresto se considera no ocurrido después del desvío por delito menor (PC 1001.9)
remedy-pc-1203-43 = Retirar una declaración de culpabilidad de juicio diferido (PC 1203.43)
remedy-pc-1203-45 = Sellar un delito menor de antes de los 18 años (PC 1203.45)
remedy-pc-1203-49 = Anulación para una víctima de trata de personas (PC 1203.49)
remedy-pc-236-14 = Anular una condena para una víctima de trata de personas (PC 236.14)
remedy-pc-1473-7 = Moción para anular una condena legalmente inválida (PC 1473.7)
remedy-pc-18-5 = Sentencia de un año por delito menor cambiada a 364 días (PC 18.5)
remedy-pc-4852-01 = Certificado de rehabilitación (PC 4852.01)
remedy-pardon = Indulto del gobernador
remedy-wic-781 = Sellar un antecedente juvenil por petición (WIC 781)
remedy-wic-786 = Sellar un antecedente juvenil cuando se desestima el caso (WIC 786)

## Razones comunes

r-granted = Su antecedente ya muestra este alivio.
r-granted-on = Su antecedente muestra que este alivio se concedió el { $date }.
r-reduced = Su antecedente muestra que este delito grave ya se redujo a delito menor.
r-reduced-on = Su antecedente muestra que este delito grave se redujo a delito menor el { $date }.
r-redesignated = Su antecedente muestra que este delito grave ya se cambió a delito menor por la Proposición 47.
r-redesignated-on = Su antecedente muestra que este delito grave se cambió a delito menor por la Proposición 47 el { $date }.
r-discretionary = Decide el juez. La corte puede decir que sí o que no.
r-restitution-not-a-bar = Deber restitución no es razón para decir que no.
r-probation-ended = La libertad condicional terminó el { $date }.
r-probation-ends = La libertad condicional termina el { $date }.
r-probation-completed-facts = Usted dijo que terminó la libertad condicional.
r-probation-end-unknown = Su antecedente no dice cuánto duró la libertad condicional, así que no sabemos cuándo terminó.
r-ab1950-cap = Una ley de 2021 (AB 1950) limitó la mayoría de las libertades condicionales. La suya pudo terminar antes, el { $date }. Pregunte en la corte.
r-date-from-sentence = Calculamos el { $date } con la fecha de la sentencia y su duración en el antecedente.
r-date-estimated = El { $date } es un cálculo aproximado, porque el antecedente no muestra la fecha final. Verifíquelo.
r-sentence-completed = La sentencia terminó el { $date }.
r-sentence-end-unknown = Su antecedente no muestra cuándo terminó la sentencia.
r-wait-after-completion = La sentencia terminó el { $completed }. La ley pide esperar { $years ->
    [one] un año
   *[other] { $years } años
} después, así que puede pedirlo desde el { $date }.
r-prison-completion-verify = Para una sentencia de prisión, contamos desde el fin de la libertad bajo palabra (parole). Algunas cortes cuentan desde la salida. Consulte con un abogado.
r-status-other-sentence = No puede estar en libertad condicional, en libertad bajo palabra ni cumpliendo una sentencia en otro caso. Su otro caso termina el { $date }.
r-status-other-sentence-unknown = Puede que todavía esté cumpliendo una sentencia o en libertad condicional en otro caso. El antecedente no muestra cuándo termina.
r-status-on-supervision = Usted dijo que está en libertad condicional, libertad bajo palabra o supervisión ahora. Primero tiene que terminarla.
r-status-pending-charges = Usted dijo que tiene un caso penal abierto. Tiene que esperar a que termine.
r-status-open-arrest = Su antecedente muestra un arresto el { $date } sin resultado todavía. Si los cargos siguen abiertos, tiene que esperar a que termine el caso.

## PC 1203.4

r-1203-4-probation-granted = Le dieron libertad condicional el { $date }.
r-1203-4-excluded = { $section } está en la lista de delitos que esta ley no cubre.
r-1203-4-maybe-excluded = { $section } puede estar en la lista de delitos que esta ley no cubre.
r-1203-4-vc12810 = { $section } es un delito de manejo. En estos casos decide el juez.
r-1203-4-maybe-vc12810 = { $section } puede ser un delito de manejo en el que decide el juez.
r-1203-4-early-termination = La corte terminó su libertad condicional antes de tiempo. La corte debe conceder la anulación.
r-1203-4-violation = Hubo una violación de la libertad condicional. El juez todavía puede conceder la anulación, pero no está obligado.
r-1203-4-fulfilled = El antecedente no muestra violaciones ni casos nuevos durante la libertad condicional, así que usted la cumplió. La corte debe conceder la anulación.
r-1203-4-fulfilled-facts = Usted dijo que cumplió todas las condiciones de la libertad condicional. La corte debe conceder la anulación.
r-1203-4-conviction-during-probation = Lo condenaron por algo nuevo durante la libertad condicional. El juez todavía puede conceder la anulación, pero no está obligado.
r-1203-4-arrest-during-probation = Lo arrestaron durante la libertad condicional. Si la corte encontró una violación, decide el juez. Si no, la corte debe concederla.
r-1203-4-automatic-may-apply = Puede que el estado ya haya limpiado esta condena por su cuenta (PC 1203.425). Revise su antecedente primero.

## PC 1203.4a

r-1203-4a-excluded = { $section } está en la lista de delitos que esta ley no cubre.
r-1203-4a-maybe-excluded = { $section } puede estar en la lista de delitos que esta ley no cubre.
r-1203-4a-after-prop47 = Este delito grave ahora es delito menor por la Proposición 47, así que aquí cuenta como delito menor.
r-1203-4a-after-17b = Este delito grave se redujo a delito menor, así que aquí cuenta como delito menor.
r-1203-4a-one-year = La sentencia fue el { $judgment }. Puede pedirlo un año después, desde el { $date }.
r-1203-4a-honest-life-facts = Usted dijo que ha cumplido la ley desde entonces. La corte debe conceder la anulación.
r-1203-4a-discretionary = Decide el juez, porque la ley pide un historial limpio desde la sentencia.
r-1203-4a-later-conviction = Tiene una condena posterior. El juez todavía puede conceder la anulación, pero no está obligado.
r-1203-4a-later-arrest = Tiene un arresto posterior. Si ha cumplido la ley desde la sentencia, la corte debe concederla. Si no, decide el juez.
r-1203-4a-clean-record = El antecedente no muestra casos nuevos desde la sentencia. La corte debe conceder la anulación.

## PC 1203.41

r-1203-41-prison = Lo sentenciaron a prisión estatal. Desde 2023, esta ley también cubre las sentencias de prisión.
r-1203-41-split = Tuvo una sentencia dividida: cárcel del condado y luego supervisión obligatoria.
r-1203-41-straight = Tuvo una sentencia de cárcel del condado por un delito grave.
r-1203-41-registration = { $section } exige registrarse como delincuente sexual, así que esta ley no cubre la sentencia de prisión.
r-1203-41-maybe-registration = { $section } puede exigir registrarse como delincuente sexual. Si es así, esta ley no cubre la sentencia de prisión.

## PC 1203.42

r-1203-42-realignable = Hoy { $section } se cumpliría en la cárcel del condado.
r-1203-42-realignable-unknown = No sabemos si hoy { $section } se cumpliría en la cárcel del condado. Un abogado se lo puede decir.
r-1203-42-before-realignment = Lo sentenciaron a prisión estatal el { $date }, antes del cambio de 2011 que pasó muchos delitos graves a la cárcel del condado.

## PC 1203.425

r-1203-425-ia = Le dieron libertad condicional y la terminó sin que se la quitaran.
r-1203-425-ib = Es un delito menor o una infracción. El estado lo limpia cuando se termina la sentencia y pasa un año desde la sentencia, el { $date }.
r-1203-425-ii = Es un delito grave. El estado lo limpia cuatro años después de terminar la libertad condicional o la supervisión, si no tiene un delito grave nuevo.
r-1203-425-before-1973 = El alivio automático cubre condenas desde 1973.
r-1203-425-registrant = Usted tiene que registrarse como delincuente sexual (PC 290), así que el estado no lo limpiará por su cuenta.
r-1203-425-maybe-registrant = Si tiene que registrarse como delincuente sexual (PC 290), el estado no lo limpiará por su cuenta.
r-1203-425-serious = { $section } es un delito grave serio. El alivio automático no lo cubre.
r-1203-425-violent = { $section } es un delito grave violento. El alivio automático no lo cubre.
r-1203-425-registrable = { $section } exige registrarse como delincuente sexual. El alivio automático no lo cubre.
r-1203-425-maybe-listed = { $section } puede ser un delito grave serio o violento, según los hechos del caso.
r-1203-425-anchor = La libertad condicional o la supervisión de este caso terminó el { $date }.
r-1203-425-anchor-release = No hubo libertad condicional ni supervisión después de la cárcel o la prisión, así que contamos desde su salida el { $date }. Verifíquelo.
r-1203-425-new-felony = Lo condenaron por un delito grave nuevo el { $date }, dentro de los cuatro años. El alivio automático no cubre este caso.
r-1203-425-four-years = Cuatro años después es el { $date }.
r-1203-425-program-start = El estado empezó a limpiar estos antecedentes en 2022.
r-1203-425-automatic = No necesita presentar nada. El estado revisa sus registros cada mes. Solo funciona si su antecedente muestra cómo terminó el caso. Si no, todavía puede presentar una petición.
r-1203-425-may-be-blocked = Un fiscal puede pedirle a un juez que detenga el alivio automático, por lo menos 90 días antes de que usted califique.

## PC 17(b) y 17(d)(2)

r-17b-wobbler = { $section } puede ser delito grave o delito menor (un "wobbler").
r-17b-wobbler-facts = Usted dijo que { $section } puede ser delito grave o delito menor (un "wobbler").
r-17b-maybe-wobbler = { $section } puede ser un "wobbler", según la subsección.
r-17b-probation = Le dieron libertad condicional, así que la corte puede hacerlo delito menor.
r-17b-any-time = No tiene que esperar. Puede pedirlo ahora, incluso durante la libertad condicional.
r-17b-custody = Lo sentenciaron a prisión o a cárcel del condado por delito grave, así que no se puede reducir de esta forma.
r-17b-registration = Reducir el delito grave no termina la obligación de registrarse como delincuente sexual.
r-17d2-listed = { $section } es un delito menor que la corte puede tratar como infracción.
r-17d2-maybe-listed = { $section } puede ser un delito menor que la corte puede tratar como infracción.

## Proposición 47

r-1170-18-offense = { $section } pasó a ser delito menor con la Proposición 47.
r-1170-18-offense-value = { $section } pasó a ser delito menor con la Proposición 47 si el valor fue de $950 o menos.
r-1170-18-maybe-offense = La Proposición 47 puede cubrir { $section }. Un abogado se lo puede decir.
r-1170-18-value-over = El valor fue ${ $value }, más de $950, así que la Proposición 47 no lo cubre.
r-1170-18-before = Lo condenaron el { $date }, antes de la Proposición 47 (5 de noviembre de 2014).
r-1170-18-prop36 = { $section } es delito grave por la Proposición 36 (2024). La Proposición 47 no lo cubre.
r-1170-18-super-strike = Su antecedente tiene una condena anterior muy grave ({ $section }). La Proposición 47 no lo cubre.
r-1170-18-later-super-strike = Su antecedente tiene una condena muy grave ({ $section }) posterior a este caso. Un abogado debe revisar si impide la Proposición 47.
r-1170-18-maybe-super-strike = { $section } puede ser un delito muy grave que impide la Proposición 47. Un abogado se lo puede decir.
r-1170-18-registrant = Usted tiene que registrarse como delincuente sexual, así que la Proposición 47 no lo cubre.
r-1170-18-maybe-registrant = Si tiene que registrarse como delincuente sexual, la Proposición 47 no lo cubre.
r-1170-18-resentencing = Todavía está cumpliendo esta sentencia, así que le pide a la corte una nueva sentencia. La corte debe hacerlo, salvo que lo considere un peligro serio.
r-1170-18-redesignation = Ya terminó la sentencia, así que le pide a la corte que cambie el delito grave a delito menor. La corte debe hacerlo.
r-1170-18-no-deadline = No hay fecha límite para pedirlo.
r-1170-18-effect = Después del cambio es delito menor para todo, pero no le devuelve el derecho a tener un arma.

## Proposición 64

r-11361-8-offense = { $section } es un delito de marihuana que cambió con la Proposición 64.
r-11361-8-before = Lo condenaron el { $date }, antes de la Proposición 64 (9 de noviembre de 2016).
r-11361-8-serving = Todavía está cumpliendo la sentencia, así que le pide a la corte que la revoque o la anule.
r-11361-8-completed = Ya terminó la sentencia, así que le pide a la corte que la anule y la selle, o que la haga un delito menor.
r-11361-8-dismiss = Lo que hizo ahora es legal para adultos, así que la corte debería anularlo y sellarlo.
r-11361-8-redesignate = La corte debería hacerlo delito menor o infracción.
r-11361-8-possession = Si eran 28.5 gramos o menos, la corte debería anularlo y sellarlo. Si eran más, puede pasar a delito menor.
r-11361-8-cultivation = Si eran 6 plantas o menos, la corte debería anularlo y sellarlo. Si eran más, puede pasar a delito menor.
r-11361-8-felony-exception = Por otra cosa en su antecedente, la corte puede mantenerlo como delito grave. Hable con un abogado.
r-11361-8-presumption = La corte debe suponer que usted califica, salvo que la fiscalía pruebe lo contrario.
r-11361-9-may-have-acted = El estado revisó casos viejos de marihuana de 2019 a 2023. Puede que este ya esté limpio. Revise su antecedente o pregunte en la corte primero.

## PC 18.5

r-18-5-one-year = Lo sentenciaron a un año de cárcel del condado el { $date }, antes de 2015.
r-18-5-effect = Puede pedirle a la corte que lo cambie a 364 días, lo máximo que tiene hoy un delito menor.

## Inmigración

imm-dismissal-no-help = Inmigración: una anulación no borra la condena para fines de inmigración. Hable con un abogado de inmigración antes de presentar nada.
imm-reduction-helps = Inmigración: cambiar un delito grave a delito menor por lo general ayuda. Pida que la orden diga que lo máximo es 364 días (PC 18.5). Hable con un abogado de inmigración.
imm-18-5-weak = Inmigración: cambiar una sentencia vieja a 364 días por lo general no ayuda con inmigración. Hable con un abogado de inmigración.
imm-prop64-uncertain = Inmigración: no está claro cómo ayuda esto con inmigración. Hable con un abogado de inmigración.
imm-invalidity-helps = Inmigración: esto puede borrar la condena para fines de inmigración. Hable con un abogado de inmigración.

## Preguntas

q-noncitizen = ¿Es usted ciudadano de los Estados Unidos?
q-on-supervision = ¿Está ahora en libertad condicional, libertad bajo palabra o supervisión en algún caso?
q-pending-charges = ¿Tiene ahora un caso penal abierto?
q-honest-upright-life = ¿Ha cumplido la ley desde la sentencia en este caso?
q-trafficking-victim = ¿Era usted víctima de trata de personas cuando pasó esto?
q-ca-resident-since = ¿Desde cuándo vive en California?
q-registrant-290 = ¿Tiene que registrarse como delincuente sexual (PC 290)?
q-theft-value = ¿Cuál era el valor de la propiedad o del cheque? ¿Era de $950 o menos?
q-theft-value-25000 = ¿El valor era de más de $25,000?
q-probation-violated = ¿La corte decidió alguna vez que usted violó la libertad condicional en este caso?
q-probation-completed = ¿Terminó la libertad condicional en este caso? ¿Cuándo?
q-early-termination = ¿La corte terminó su libertad condicional antes de tiempo?
q-plants = ¿Cuántas plantas de marihuana había?
q-grams = ¿Cuántos gramos de marihuana había?
q-sentence-completed-on = ¿Cuándo terminó toda la sentencia, incluida la libertad bajo palabra o la supervisión?
q-realignment-eligible = ¿Hoy este delito se cumpliría en la cárcel del condado (PC 1170(h))?
q-serious-felony = ¿El caso incluyó un arma, lesiones graves, fuerza o una vivienda (hechos que lo hacen un delito grave serio)?
q-violent-felony = ¿La corte decidió que fue un delito grave violento?
q-wobbler = ¿Este delito se puede acusar como delito grave o como delito menor?
q-level = ¿Esta condena fue un delito grave, un delito menor o una infracción?
q-force = ¿Hubo fuerza o amenaza de fuerza en el delito?
q-injury-or-weapon = ¿La corte decidió que alguien salió gravemente herido o que se usó un arma?
q-gang = ¿La corte decidió que se hizo para una pandilla?
q-residential = ¿Fue en una vivienda (o había alguien presente)?
q-sexual-intent = ¿Se encontró un propósito sexual en este caso?
q-unsettled = La ley no está clara en esto. Un abogado debe revisarlo.
q-other = Un abogado debe revisar esto.

## Notas sobre el antecedente

n-level-from-charge = Cargo { $count }: el antecedente no dice si la condena fue delito grave o delito menor, así que usamos el cargo. Verifíquelo.
n-sentence-from-other-count = Cargo { $count }: la sentencia aparece en otro cargo del mismo caso, así que la usamos.
n-registrant = El antecedente muestra un registro de delincuente sexual (PC 290). Eso limita algunos tipos de alivio.

## Plan

plan-file = { $remedy }: presente en { $county ->
    [none] la corte
   *[other] el condado de { $county }
} ({ $court }), caso { $case }.{ $forms ->
    [none] {""}
   *[other] { " " }Formularios: { $forms }.
}{ $date ->
    [none] {""}
   *[other] { " " }No antes del { $date }.
}
plan-review = { $remedy }: pida a un abogado o a un servicio de ayuda legal que revise el caso { $case } en { $court }. Primero conteste las preguntas de abajo.
plan-automatic = { $remedy }: no tiene que presentar nada para el caso { $case }. El estado debería limpiarlo por su cuenta{ $date ->
    [none] .
   *[other] { " " }después del { $date }.
} Revise su antecedente para estar seguro.
plan-note-immigration = Como usted no es ciudadano de los Estados Unidos, primero van los pasos que pueden ayudar con inmigración. Hable con un abogado de inmigración antes de presentar nada.
plan-note-reduce-first = Pida primero que se reduzcan los delitos graves. Después pida la anulación, para que la orden muestre el nivel más bajo.

## Página de reglas

rules-title = Las reglas que usa clearslate
rules-intro = Cada regla dice lo que pide la ley y dónde lo dice. Las reglas marcadas "verificar" se basan en fuentes que no pudimos comprobar del todo.
rules-forms = Formularios de la corte
rules-automatic = El estado lo concede sin petición.
rules-tables-title = Listas de delitos

rule-restitution = Deber restitución no es razón para negarlo.
rule-ab1950 = Desde el 1 de enero de 2021, la mayoría de las libertades condicionales duran como máximo 1 año para un delito menor y 2 años para un delito grave. Las más largas que seguían vigentes pudieron terminar antes.

rule-pc-1203-4 = Si le dieron libertad condicional, puede pedirle a la corte que anule la condena cuando termine.
rule-pc-1203-4-probation = Le dieron libertad condicional (delito grave o menor).
rule-pc-1203-4-mandatory = Si terminó la libertad condicional, o la corte la terminó antes, la corte debe concederlo.
rule-pc-1203-4-discretionary = En otros casos, como una violación de la libertad condicional, decide el juez.
rule-pc-1203-4-status = No puede estar cumpliendo una sentencia, en libertad condicional ni acusado de un delito en ningún caso.
rule-pc-1203-4-excluded = No para algunos delitos sexuales (PC 286(c), 287(c), 288, 288.5, 289(j), 311.1, 311.2, 311.3, 311.11, 261.5(d) grave), delitos menores de VC 42002.1 ni infracciones.
rule-pc-1203-4-vc12810 = Para algunos delitos de manejo (Código Vehicular 12810(a) a (e)), decide el juez.

rule-pc-1203-4a = Si tuvo un delito menor o una infracción sin libertad condicional, puede pedirle a la corte que lo anule un año después de la sentencia.
rule-pc-1203-4a-who = Un delito menor sin libertad condicional, o una infracción.
rule-pc-1203-4a-wait = Un año después de la sentencia, y la sentencia terminada.
rule-pc-1203-4a-status = No puede estar cumpliendo una sentencia ni estar acusado de un delito.
rule-pc-1203-4a-mandatory = Si ha cumplido la ley desde la sentencia, la corte debe concederlo.
rule-pc-1203-4a-discretionary = Si no, decide el juez.
rule-pc-1203-4a-excluded = No para PC 288(c) como delito menor, delitos menores de VC 42002.1 ni infracciones de VC 42001.

rule-pc-1203-41 = Un delito grave cumplido en la cárcel del condado (PC 1170(h)) o en prisión estatal puede anularlo el juez después de un tiempo de espera.
rule-pc-1203-41-who = Un delito grave con sentencia de cárcel del condado según PC 1170(h), o con sentencia de prisión estatal.
rule-pc-1203-41-wait = Un año después de terminar una sentencia dividida; dos años después de terminar una sentencia de cárcel o de prisión.
rule-pc-1203-41-status = Sin libertad bajo palabra ni supervisión, y sin estar cumpliendo una sentencia, en libertad condicional ni acusado en ningún caso.
rule-pc-1203-41-registration = No para una sentencia de prisión por un delito que exige registrarse como delincuente sexual.
rule-pc-1203-41-prison = Las sentencias de prisión se agregaron con SB 731; lo aplicamos a órdenes desde el 1 de enero de 2023.

rule-pc-1203-42 = Una sentencia de prisión de antes del 1 de octubre de 2011, por un delito que hoy se cumpliría en la cárcel del condado, puede anularla el juez.
rule-pc-1203-42-who = Sentenciado a prisión estatal antes del 1 de octubre de 2011.
rule-pc-1203-42-realignment = Hoy el delito se sentenciaría a la cárcel del condado según PC 1170(h).
rule-pc-1203-42-wait = Dos años después de terminar la sentencia.
rule-pc-1203-42-status = Sin supervisión, y sin estar cumpliendo una sentencia, en libertad condicional ni acusado en ningún caso.

rule-pc-1203-425 = El estado limpia muchas condenas por su cuenta, sin petición.
rule-pc-1203-425-monthly = El Departamento de Justicia revisa sus registros cada mes.
rule-pc-1203-425-registrant = No para personas que tienen que registrarse como delincuentes sexuales.
rule-pc-1203-425-status = No mientras esté en supervisión, cumpliendo una sentencia o con cargos pendientes.
rule-pc-1203-425-ia = Una condena desde 1973, con la libertad condicional terminada sin revocación.
rule-pc-1203-425-ib = Un delito menor o una infracción desde 1973, con la sentencia terminada y un año después de la sentencia.
rule-pc-1203-425-ii = Un delito grave desde 1973, cuatro años después de terminar la libertad condicional o la supervisión, sin un delito grave nuevo en esos años; no delitos graves serios, violentos ni que exijan registro sexual.
rule-pc-1203-425-electronic = Solo si el registro electrónico del estado muestra cómo terminó el caso.
rule-pc-1203-425-block = Un fiscal o el departamento de libertad condicional puede pedirle a una corte que lo detenga, por lo menos 90 días antes.

rule-pc-17b = El juez puede hacer delito menor un delito grave "wobbler" si le dieron libertad condicional.
rule-pc-17b-wobbler = El delito se puede castigar como delito grave o como delito menor.
rule-pc-17b-probation = Le dieron libertad condicional; puede pedirlo en cualquier momento después.
rule-pc-17b-discretionary = Decide el juez.
rule-pc-17b-custody = No después de una sentencia de prisión estatal o de cárcel del condado por delito grave.
rule-pc-17b-registration = No termina la obligación de registrarse como delincuente sexual.

rule-pc-17d2 = El juez puede cambiar algunos delitos menores a infracciones.
rule-pc-17d2-list = El delito está en la lista de PC 19.8(a).
rule-pc-17d2-discretionary = Decide el juez.

rule-pc-1170-18 = La Proposición 47 (2014) hizo delitos menores algunos delitos graves de drogas y robo. Los delitos graves viejos se pueden cambiar.
rule-pc-1170-18-offenses = Posesión de drogas (HS 11350, 11357, 11377), robo en tiendas, falsificación, cheques sin fondos, hurto menor, recibir propiedad robada y hurto menor con condena anterior.
rule-pc-1170-18-value = Para robo, falsificación, cheques y propiedad robada, el valor debe ser de $950 o menos.
rule-pc-1170-18-serving = Si todavía cumple la sentencia, la corte le da una nueva sentencia salvo que sea un peligro serio.
rule-pc-1170-18-completed = Si ya terminó la sentencia, la corte debe cambiarla a delito menor.
rule-pc-1170-18-bars = No para personas con una condena anterior "super strike" ni para quienes deben registrarse como delincuentes sexuales.
rule-pc-1170-18-no-deadline = No hay fecha límite (SB 749, 2023).
rule-pc-1170-18-prop36 = Los delitos graves nuevos de la Proposición 36 (2024) no están cubiertos.
rule-pc-1170-18-effect = El resultado es un delito menor para todo, salvo el derecho a tener armas.

rule-hs-11361-8 = La Proposición 64 (2016) cambió las leyes de marihuana. Las condenas viejas se pueden anular y sellar, o reducir.
rule-hs-11361-8-offenses = Condenas de HS 11357, 11358, 11359, 11360 y 11362.1 de antes del 9 de noviembre de 2016.
rule-hs-11361-8-serving = Si todavía cumple la sentencia, presenta una petición para revocarla o anularla.
rule-hs-11361-8-completed = Si ya terminó, presenta una solicitud para anular y sellar, o para reducir.
rule-hs-11361-8-presumption = La corte supone que usted califica, salvo que la fiscalía pruebe lo contrario.
rule-hs-11361-8-automatic = El estado revisó estos casos de 2019 a 2023, así que muchos ya están hechos.

rule-pc-18-5 = Una sentencia de un año por delito menor de antes de 2015 se puede cambiar a 364 días.
rule-pc-18-5-who = Sentenciado a un año de cárcel del condado antes del 1 de enero de 2015.
rule-pc-18-5-effect = Lo máximo que tiene hoy un delito menor es 364 días.

## Títulos de las listas de delitos

table-serious = Delitos graves serios
table-violent = Delitos graves violentos
table-super-strike = "Super strikes"
table-registrable = Delitos que exigen registro como delincuente sexual
table-wobbler = "Wobblers" (delito grave o menor)
table-prop47 = Delitos de la Proposición 47
table-prop36 = Delitos graves de la Proposición 36
table-prop64 = Delitos de la Proposición 64
table-realignment = Delitos graves de cárcel del condado (PC 1170(h))
table-vc12810 = Delitos de manejo (Código Vehicular 12810(a) a (e))
table-excluded-1203-4 = Delitos que PC 1203.4 no cubre
table-excluded-1203-4a = Delitos que PC 1203.4a no cubre
table-infraction-19-8 = Delitos menores que pueden pasar a infracción
table-eight-years = Delitos castigados con 8 años o más
table-probation-cap-exempt = Delitos fuera de los límites de libertad condicional de 2021
table-rehabilitation-excluded = Delitos sin certificado de rehabilitación

## Resultados, para los informes de texto

outcome-eligible = Puede pedirlo ahora
outcome-eligible-automatic = Le corresponde ahora, automáticamente
outcome-eligible_later = Todavía no: desde el { $date }
outcome-needs_review = Hay que revisarlo
outcome-ineligible = No disponible
outcome-granted = Ya está hecho
mandatory-yes = La corte debe concederlo
mandatory-no = Decide el juez

## Títulos del informe de texto

text-questions = Preguntas que aclararían lo pendiente
text-plan = Qué hacer, en orden
text-notes = Notas sobre el antecedente
text-no-relief = No encontramos condenas con alivio para informar.

## PC 851.93, 851.91, 1203.43

r-851-93-dismissed = El cargo de delito menor se desestimó el { $date }.
r-851-93-diversion = Usted terminó el programa de desvío y los cargos se desestimaron el { $date }.
r-851-93-no-charges = El antecedente no muestra cargos presentados después del arresto.
r-851-93-acquitted = Lo declararon no culpable.
r-851-93-misdemeanor-wait = El arresto por un delito menor fue el { $arrest }. El estado lo limpia un año después, el { $date }.
r-851-93-felony-wait = El arresto por un delito grave fue el { $arrest }. El estado lo limpia tres años después, el { $date }.
r-851-93-eight-year-wait = El arresto fue el { $arrest }, por un cargo muy serio. El estado lo limpia seis años después, el { $date }.
r-851-93-level-unknown = El antecedente no dice si el arresto fue por un delito grave o menor, así que usamos la espera más larga. Verifíquelo.
r-851-93-program-start = El estado empezó a limpiar estos arrestos en 2022.
r-851-93-automatic = No necesita presentar nada. El estado revisa sus registros cada mes y luego el arresto se trata como si nunca hubiera pasado. Solo funciona si su antecedente muestra cómo terminó el arresto.
r-851-91-acquitted = Lo declararon no culpable, así que puede pedirle a la corte que selle este arresto.
r-851-91-dismissed = Los cargos se desestimaron el { $date }.
r-851-91-refile = Esto funciona si los cargos no se pueden presentar de nuevo. Pregunte en la corte.
r-851-91-limitations = No se presentaron cargos. Cuando pase el plazo para presentarlos ({ $years ->
    [one] un año
   *[other] { $years } años
}), puede pedirle a la corte que selle el arresto, desde el { $date }.
r-851-91-no-limit = Cargos como estos se pueden presentar en cualquier momento, así que este arresto no se puede sellar de esta forma.
r-851-91-as-of-right = La corte debe sellarlo si usted califica.
r-851-91-pattern = El arresto fue por violencia doméstica o abuso de menores o de personas mayores, y el antecedente muestra un patrón, así que decide el juez.
r-1203-43-dej = Le dieron juicio diferido (deferred entry of judgment) el { $date }, y se declaró culpable para recibirlo.
r-1203-43-completed = Lo terminó y los cargos se desestimaron el { $date }.
r-1203-43-shall = La corte debe permitirle retirar la declaración de culpabilidad y desestimar el caso, si usted lo pide.
r-1203-43-why = La ley dice que a las personas se les dijo por error que esto no dejaba una condena. Para inmigración todavía cuenta como condena hasta que se retire la declaración.

rule-pc-851-93 = El estado limpia muchos arrestos que no terminaron en condena, sin petición.
rule-pc-851-93-monthly = El Departamento de Justicia revisa sus registros cada mes, para arrestos desde 1973.
rule-pc-851-93-a = Un arresto por delito menor cuyo cargo se desestimó.
rule-pc-851-93-b = Un arresto por delito menor sin cargos presentados, un año después.
rule-pc-851-93-c = Un arresto por delito grave sin cargos presentados, tres años después.
rule-pc-851-93-c2 = Para delitos castigados con 8 años o más, seis años después.
rule-pc-851-93-d = Un arresto que terminó en un programa de desvío que usted completó.
rule-pc-851-93-effect = El arresto se trata como si nunca hubiera pasado.
rule-pc-851-91 = Puede pedirle a la corte que selle un arresto que no terminó en condena.
rule-pc-851-91-no-conviction = No se presentaron cargos y pasó el plazo, o todos los cargos se desestimaron o terminaron en un veredicto de no culpable.
rule-pc-851-91-bars = No mientras todavía se puedan presentar cargos, ni para cargos sin plazo (como asesinato) salvo que lo declararan no culpable.
rule-pc-851-91-limits = El plazo para presentar cargos suele ser un año para un delito menor y tres para un delito grave.
rule-pc-851-91-right = La corte debe concederlo.
rule-pc-851-91-pattern = Para violencia doméstica, abuso de menores o de personas mayores con un patrón de casos, decide el juez.
rule-pc-1203-43 = Si terminó el juicio diferido, puede retirar su declaración de culpabilidad.
rule-pc-1203-43-who = Juicio diferido concedido desde 1997, terminado, y con los cargos desestimados.
rule-pc-1203-43-plea = Hasta 2018, el juicio diferido pedía declararse culpable.
rule-pc-1203-43-mandatory = La corte debe concederlo si usted lo pide.
rule-pc-1203-43-why = Importa sobre todo para inmigración.

## Ley II: preguntas

q-diversion-completed = ¿Terminó el programa de desvío o de juicio diferido en este caso?
q-offense-date = ¿Qué día pasó este delito?
q-advised-immigration = Antes de declararse, ¿su abogado le explicó cómo la declaración podía afectar su situación migratoria?

## Sellado tras desvío (PC 851.87, 851.90, 1000.4, 1001.9)

r-diversion-completed-on = Usted terminó el programa. El registro muestra que el caso terminó el { $date }.
r-diversion-completed = Usted dijo que terminó el programa.
r-diversion-not-shown = El registro muestra que lo enviaron a un programa, pero no que lo terminó.
r-diversion-not-completed = Usted dijo que no terminó el programa, así que esto no aplica.
r-diversion-program-guess = El registro no nombra el programa. Lo supusimos por los cargos. Verifíquelo.
r-diversion-judge-may-seal = El juez puede ordenar que se sellen los registros del arresto. Pregunte en la corte que llevó el caso.
r-851-87-effect = Después de un programa de desvío del fiscal, puede pedirle a la corte que selle el arresto. La policía y el fiscal pueden pedir una audiencia dentro de 60 días.
r-851-90-effect = Después de un programa de drogas o de juicio diferido, la corte puede sellar los registros del arresto.
r-1000-4-effect = Por ley, el arresto cuenta como si nunca hubiera pasado. Puede decir que no lo arrestaron, salvo cuando solicite ser agente del orden.
r-1001-9-effect = Por ley, el arresto cuenta como si nunca hubiera pasado. Puede decir que no lo arrestaron, salvo cuando solicite ser agente del orden.
rule-pc-851-87 = Después de terminar un programa de desvío del fiscal, puede pedir que se selle el arresto.
rule-pc-851-87-who = El fiscal lo envió a un programa antes de presentar cargos, y usted lo terminó.
rule-pc-851-90 = Después de terminar un programa de drogas o de juicio diferido, la corte puede sellar el arresto.
rule-pc-851-90-who = Usted terminó un programa bajo PC 1000, 1000.5 o 1000.8.
rule-pc-1000-4 = Después de terminar el juicio diferido o el desvío por drogas, el arresto cuenta como si nunca hubiera pasado.
rule-pc-1000-4-who = Usted terminó un programa bajo PC 1000.
rule-pc-1000-4-deemed = El arresto se trata como si nunca hubiera pasado. Puede decir que no lo arrestaron, salvo cuando solicite ser agente del orden.
rule-pc-1000-4-use = Sin su permiso, el registro no se puede usar para negarle un trabajo, beneficio, licencia o certificado.
rule-pc-1001-9 = Después de terminar el desvío por delito menor, el arresto cuenta como si nunca hubiera pasado.
rule-pc-1001-9-who = Usted terminó un desvío por delito menor (PC 1001 a 1001.9).
rule-diversion-may = El juez puede ordenar que se sellen los registros.
rule-diversion-effect = Después puede decir que no lo arrestaron, salvo cuando solicite ser agente del orden.

## PC 1203.45

r-1203-45-under-18 = Usted tenía menos de 18 años cuando pasó esto (la fecha del registro es { $date }).
r-1203-45-under-21 = Antes del 7 de marzo de 1973, esto también cubre a personas menores de 21 años.
r-1203-45-age-unclear = Usted cumplió 18 años cerca del { $date }, así que necesitamos el día del delito para saber si tenía menos de 18.
r-1203-45-excluded-290 = Esta ley no cubre delitos que exigen registrarse como delincuente sexual.
r-1203-45-excluded-drug = Esta ley no cubre delitos de drogas del Código de Salud y Seguridad (División 10).
r-1203-45-excluded-driving = Esta ley no cubre delitos del Código de Vehículos sobre manejar.
r-1203-45-more-than-one = El registro muestra { $count } condenas. Esta ley es para personas con una sola, salvo que un delito sea parte del otro o que los otros sean faltas de tránsito menores. Pregunte a un abogado.
r-1203-45-no-dismissal = Primero necesita una desestimación bajo PC 1203.4 o 1203.4a, y el registro no muestra que pueda obtenerla.
r-1203-45-with = Esto se basa en { $remedy }.
r-1203-45-may = Decide el juez. Si lo concede, el caso se sella y se trata como si nunca hubiera pasado.
rule-pc-1203-45 = Puede pedir que se selle un delito menor que cometió antes de cumplir 18 años.
rule-pc-1203-45-who = Usted tenía menos de 18 años cuando lo cometió.
rule-pc-1203-45-first = Puede obtener, o ya obtuvo, una desestimación bajo PC 1203.4 o 1203.4a.
rule-pc-1203-45-excluded = No para delitos con registro de delincuente sexual, delitos de drogas ni delitos de manejo.
rule-pc-1203-45-one = Por lo general solo para personas con una condena.
rule-pc-1203-45-1973 = Antes del 7 de marzo de 1973, también cubre a menores de 21 años.

## Trata de personas (PC 1203.49, 236.14)

r-trafficking-ask = Si esto pasó porque usted fue víctima de trata de personas, la ley tiene ayuda especial. Díganos si es así.
r-trafficking-victim = Usted dijo que fue víctima de trata de personas.
r-trafficking-proof = Debe mostrarle a la corte pruebas fuertes ("pruebas claras y convincentes") de que pasó porque fue víctima de trata.
r-1203-49-probation-done = Usted dijo que terminó la libertad condicional.
r-1203-49-probation-ends = La libertad condicional termina el { $date }.
r-1203-49-probation-not-done = Primero debe terminar la libertad condicional.
r-1203-49-may = El juez puede desestimar el caso y anotar que usted fue víctima de trata.
r-236-14-nonviolent = No es un delito grave violento, así que está cubierto.
r-236-14-maybe-violent = Esta ley no cubre delitos graves violentos. Verifique si este lo fue.
r-236-14-violent = Esta ley no cubre delitos graves violentos.
r-236-14-arrest = Los registros del arresto se pueden sellar y destruir.
r-236-14-shall = Si lo prueba, el juez debe anular la condena por ser legalmente inválida.
r-236-14-any-time = Puede pedirlo en cualquier momento después de salir de la situación de trata.
rule-pc-1203-49 = Una víctima de trata de personas puede pedir que se desestime una condena por prostitución (PC 647(b)).
rule-pc-1203-49-who = Una condena bajo PC 647(b).
rule-pc-1203-49-probation = Usted terminó cualquier libertad condicional.
rule-pc-1203-49-may = Decide el juez.
rule-pc-236-14 = Una víctima de trata de personas puede pedir que se anulen arrestos y condenas por delitos no violentos.
rule-pc-236-14-who = Cualquier arresto o condena por un delito que no sea grave violento, cometido mientras era víctima de trata.
rule-pc-236-14-shall = Si lo prueba, el juez debe anular la condena por ser legalmente inválida.
rule-pc-236-14-when = En cualquier momento.
rule-trafficking-proof = Debe mostrar pruebas fuertes de que pasó porque fue víctima de trata.

## PC 1473.7

r-1473-7-ask-advice = ¿Su abogado le explicó, antes de declararse, cómo la declaración podía afectar su situación migratoria? Si no, esto podría ayudar.
r-1473-7-not-advised = Usted dijo que nadie le explicó cómo la declaración podía afectar su situación migratoria.
r-1473-7-lead = Una corte puede anular una condena que fue legalmente inválida. Es una pista fuerte para llevar a un abogado, no una promesa.
r-1473-7-custody-until = Puede presentarla cuando esté fuera de custodia y sin supervisión, desde el { $date }.
r-1473-7-custody = Puede presentarla cuando esté fuera de custodia y sin libertad condicional, libertad bajo palabra ni supervisión.
r-1473-7-out-of-custody = Usted está fuera de custodia, así que puede presentarla ahora.
r-1473-7-gather = Reúna: el formulario de la declaración, las actas o la transcripción de la corte, el expediente de su abogado anterior y cualquier papel de inmigración sobre este caso.
r-1473-7-diligence = Preséntela pronto. La corte puede decir que es tarde si esperó mucho después de un aviso de inmigración o una orden de deportación.
r-1473-7-effect = Una condena anulada por un error legal ya no cuenta para inmigración.
rule-pc-1473-7 = Puede pedirle a la corte que anule una condena que fue legalmente inválida.
rule-pc-1473-7-who = Ya no está en custodia ni bajo supervisión.
rule-pc-1473-7-grounds = Razones: no entendió los efectos migratorios de su declaración; nuevas pruebas de que es inocente; o el caso se basó en raza, etnia u origen nacional.
rule-pc-1473-7-timely = Preséntela sin demora cuando reciba un aviso de inmigración sobre el caso.
rule-pc-1473-7-effect = Quita la condena para fines de inmigración.

## Certificado de rehabilitación e indulto

r-4852-felony = Lo condenaron por un delito grave, así que puede pedir un certificado de rehabilitación.
r-4852-misdemeanor-290 = Este delito menor exige registrarse, así que un certificado es posible cuando el caso se desestime bajo PC 1203.4.
r-4852-excluded = La ley no permite un certificado para este delito.
r-4852-period = Debe esperar { $years } años desde que salió el { $start }: hasta el { $date }. Esto cuenta 5 años viviendo en California.
r-4852-supervision-over = La libertad bajo palabra, la libertad condicional o la supervisión deben haber terminado (terminó el { $date }).
r-4852-residence = Debe haber vivido en California los 5 años justo antes de presentar la petición (desde el { $date }).
r-4852-residence-ask = Debe haber vivido en California los 5 años justo antes de presentar la petición. Díganos desde cuándo vive aquí.
r-4852-dismiss-first = Como le dieron libertad condicional, primero obtenga la desestimación del caso bajo PC 1203.4.
r-4852-later-conviction = Tiene una condena posterior (el { $date }). El juez verá cómo ha vivido desde entonces.
r-4852-judge = Decide el juez, según cómo ha vivido: trabajo honesto, sobriedad y buen carácter.
r-pardon-via-cor = La forma usual es obtener primero un certificado de rehabilitación. Va al Gobernador como solicitud de indulto.
r-pardon-extraordinary = Para este delito el Gobernador solo indulta en casos extraordinarios.
r-pardon-ten-years = El Gobernador suele revisar solicitudes directas 10 años después de que terminó su sentencia ({ $start }): desde el { $date }.
r-pardon-ten-years-later = Tiene una condena posterior (el { $later }), así que los 10 años cuentan desde entonces: hasta el { $date }.
r-pardon-governor = Decide el Gobernador.
r-pardon-reports = Después de un indulto total, las empresas de verificación de antecedentes en California no pueden reportar la condena.
rule-pc-4852-01 = Una orden de la corte que dice que usted está rehabilitado. También le pide un indulto al Gobernador.
rule-pc-4852-01-who = Una condena por delito grave, o un delito menor con registro de delincuente sexual que fue desestimado.
rule-pc-4852-01-excluded = No para algunos delitos sexuales contra menores, personas con libertad bajo palabra de por vida o condenadas a muerte, ni personas en el ejército.
rule-pc-4852-01-period = Espere 7 años después de salir (9 para asesinato y otros, 10 para delitos con registro).
rule-pc-4852-01-residence = Viva en California los 5 años justo antes de presentar la petición.
rule-pc-4852-01-first = Si le dieron libertad condicional, primero obtenga la desestimación bajo PC 1203.4.
rule-pc-4852-01-judge = Decide el juez.
rule-pardon = El Gobernador puede perdonar una condena de California.
rule-pardon-routes = Con un certificado de rehabilitación, o pidiéndoselo directamente al Gobernador.
rule-pardon-ten-years = Las solicitudes directas suelen esperar 10 años después de la sentencia sin un nuevo delito.
rule-pardon-extraordinary = Para delitos que el certificado no cubre, solo en casos extraordinarios.
rule-pardon-reports = Después de un indulto total, las empresas de verificación de antecedentes no pueden reportar la condena.

## Registros juveniles (WIC 781, 786)

r-juvenile-not-conviction = Este es un caso de la corte juvenil. No es una condena penal.
r-wic-707b = Es un delito serio (WIC 707(b)) cometido a los 14 años o más, así que esto no aplica.
r-wic-707b-age = Es un delito serio (WIC 707(b)). Si tenía 14 años o más, esto no aplica. Pregunte a un abogado.
r-wic-786-completed = Usted dijo que terminó la libertad condicional.
r-wic-786-probation-ends = La libertad condicional termina el { $date }.
r-wic-786-ask = El registro no muestra que terminó la libertad condicional.
r-wic-786-not-completed = Usted dijo que no terminó la libertad condicional. Una petición bajo WIC 781 todavía puede funcionar.
r-wic-786-shall = Cuando termina bien la libertad condicional, la corte debe desestimar el caso y sellar los registros. Si el registro todavía lo muestra, pregunte en la corte juvenil.
r-wic-786-other-agencies = También puede pedir que se sellen los registros de otras agencias.
r-wic-781-when = Puede pedirlo 5 años después de que terminó el caso ({ $ended }) o al cumplir 18 años: desde el { $date }.
r-wic-781-later-felony = Lo condenaron por un delito grave como adulto (el { $date }), así que esto no aplica.
r-wic-781-moral-turpitude = Tiene una condena por delito menor como adulto. Si fue de "bajeza moral" (como deshonestidad), esto no aplica. Pregunte a un abogado.
r-wic-781-judge = El juez decide si usted ha cambiado su vida.
r-wic-781-djf = Hay una excepción para personas enviadas a la División de Instalaciones Juveniles que terminaron la supervisión. Pregunte a un abogado.
rule-wic-786 = Cuando termina la libertad condicional juvenil, la corte desestima y sella el caso.
rule-wic-786-who = Un caso juvenil donde terminó la libertad condicional o la supervisión.
rule-wic-786-shall = La corte debe hacerlo.
rule-wic-707b = No para un delito serio (WIC 707(b)) cometido a los 14 años o más, salvo que se haya reducido.
rule-wic-786-other-agencies = Puede pedir que se sellen los registros de otras agencias.
rule-wic-781 = Puede pedirle a la corte que selle un registro juvenil.
rule-wic-781-when = 5 años después de que terminó el caso, o al cumplir 18 años.
rule-wic-781-bar = No si, como adulto, lo condenaron por un delito grave o un delito menor de "bajeza moral".
rule-wic-781-judge = Decide el juez.

## Lo que todavía se puede reportar

text-echo = Lo que pueden mostrar las verificaciones de antecedentes
echo-now = Ahora
echo-after-label = Después de { $remedy }
echo-may-no = Una empresa de verificación de antecedentes no puede reportarlo.
echo-may-pending = Se puede reportar mientras el caso esté abierto.
echo-may-until = Una empresa de verificación de antecedentes puede reportarlo hasta el { $date }.
echo-may-yes = Una empresa de verificación de antecedentes puede reportarlo.
echo-with-status = Debe mostrar el estado actual: { $remedy }.
echo-employer-may = Un empleador puede preguntar por esto después de una oferta de trabajo.
echo-employer-may-not = Un empleador no puede preguntar por esto ni usarlo.
echo-conviction-seven-years = Las condenas se pueden reportar por 7 años después de la sentencia o de salir: hasta el { $date }.
echo-conviction-old = La sentencia o la salida ({ $date }) fue hace más de 7 años, así que una empresa de verificación no puede reportar esta condena.
echo-conviction-release-unknown = No sabemos cuándo salió. Una condena se puede reportar por 7 años después de salir o de la libertad bajo palabra.
echo-status = Un reporte debe mostrar el caso como está ahora, incluido { $remedy }. Un reporte que lo omite no está completo ni al día.
echo-employer-dismissed = Un empleador no puede preguntar por una condena desestimada o sellada, ni usarla.
echo-employer-fair-chance = Un empleador solo puede preguntar por una condena después de una oferta de trabajo, y debe ver su caso completo antes de decir que no.
echo-arrest-no-conviction = Este arresto no terminó en condena, así que una empresa de verificación no puede reportarlo.
echo-arrest-pending = El caso sigue abierto. Se puede reportar hasta que termine.
echo-arrest-employer = Un empleador no puede preguntar por un arresto que no terminó en condena, ni por un programa de desvío, ni usarlos.
echo-sealed = Los registros sellados solo pueden ir a usted y a las autoridades. Cualquier otra persona que los comparta puede recibir una multa de $500 a $2,500 cada vez.
echo-vacated = Cuando se anula la condena, ya no hay condena, así que no se puede reportar.
echo-pardon = Después de un indulto total, la condena no se puede reportar.
echo-marijuana = Nadie puede tratar como exactos o completos registros de marihuana tan viejos.
echo-juvenile = Los registros de la corte juvenil son privados. Un empleador no puede preguntar por ellos.
echo-after = Cuando obtenga { $remedy }, los reportes deben cambiar para reflejarlo.
echo-verify-30 = Una empresa debe revisar los registros de la corte dentro de 30 días antes de reportarlos. Una copia vieja no basta.
echo-dispute = Si un reporte muestra algo que no debe, puede disputarlo. La empresa debe revisarlo y corregirlo, gratis, dentro de 30 días.
echo-doj = El registro del estado guarda una nota del alivio. Solo algunos empleadores autorizados por ley pueden verla.
echo-arrest-relief = Después del alivio automático del arresto, las cortes solo pueden compartirlo con usted y con las autoridades.

## Notas de inmigración para los demás remedios

imm-rehabilitation-no-help = Inmigración: un certificado de rehabilitación no quita la condena para fines de inmigración.
imm-pardon-limited = Inmigración: un indulto del gobernador puede perdonar algunas causas de deportación, pero no las de drogas. Hable con un abogado de inmigración.
imm-dej-plea = Inmigración: si se declaró culpable para entrar al programa, inmigración todavía puede contarlo como condena. Retirar la declaración (PC 1203.43) lo corrige.
imm-arrest-sealing = Inmigración: un arresto sin condena no es una condena, pero inmigración igual puede preguntar por él. Cuéntele a un abogado de inmigración de cada arresto, aunque esté sellado.
imm-juvenile = Inmigración: una decisión de la corte juvenil por lo general no es una condena. Inmigración igual puede preguntar por ella.
imm-lujan = Inmigración: una primera posesión de drogas desestimada antes del 14 de julio de 2011 puede no contar como condena en los estados del oeste. Pregunte a un abogado de inmigración.
table-rehabilitation-nine-years = Delitos con espera de nueve años para un certificado de rehabilitación
table-no-limitation = Delitos que se pueden acusar en cualquier momento
table-domestic-abuse = Delitos de violencia doméstica, abuso de menores y de personas mayores
table-wic-707b = Delitos juveniles serios (WIC 707(b))
