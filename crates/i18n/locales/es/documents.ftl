## Documentos para la persona y cartas (crates/documents).

doc-cover-title = Sus documentos para limpiar su récord
doc-cover-prepared = Preparado para { $name } el { $date }.
doc-cover-intro = Este paquete tiene los documentos para pedirle a la corte el alivio que su récord muestra que puede obtener ahora. Lea primero las instrucciones. Firme y ponga la fecha en cada formulario donde se indica.
doc-cover-contents = Qué hay en este paquete
doc-cover-col-document = Documento
doc-cover-col-case = Caso
doc-cover-col-pages = Páginas
doc-cover-missing = Complete antes de presentar
doc-cover-missing-item = { $field ->
    [address] Su dirección o dirección postal
    [city] Su ciudad
    [state] Su estado
    [zip] Su código postal
    [phone] Su número de teléfono
    [dob] Su fecha de nacimiento
    [declaration] Su declaración (formulario MC-031): el juez decide, así que cuéntele sobre su vida ahora
    [fee_waiver] El punto 5 de la exención de cuotas (formulario FW-001): los beneficios que recibe, o el tamaño y los ingresos de su hogar
   *[other] { $field }
}
doc-cover-review = Todavía no está en este paquete: primero conteste estas preguntas
doc-cover-review-item = { $remedy }, caso { $case }: necesitamos saber más antes de que pueda presentarlo.
doc-cover-later = Puede pedir más después
doc-cover-later-item = { $remedy }, caso { $case }: puede presentarlo a partir del { $date }.
doc-cover-nothing = Por ahora no hay nada que presentar en la corte.
doc-cover-generated = Las páginas que dicen "same content as form ..." se hicieron porque no estaba el formulario oficial. La mayoría de las cortes las aceptan; si el secretario pide el formulario oficial, descárguelo de courts.ca.gov y copie las respuestas.

doc-guide-title = Cómo presentar en el condado de { $county }
doc-guide-court = Dónde: la oficina del secretario penal de la Corte Superior de California, condado de { $county }. Busque la dirección y el horario en courts.ca.gov/find-my-court.
doc-guide-step-sign = Revise cada página. Complete lo que esté en blanco. Firme y ponga la fecha en cada formulario donde se indica.
doc-guide-step-copies = Haga 2 copias de todo. Guarde una copia para usted.
doc-guide-step-file = Entregue los originales y una copia al secretario. Pida que sellen su copia.
doc-guide-step-serve = Envíe una copia al fiscal del condado de { $county }. El secretario le puede decir si la corte lo hace por usted.
doc-guide-step-serve-arrest = Para sellar un arresto: envíe una copia al fiscal y a la policía o al sheriff que lo arrestó, por lo menos 15 días antes de la audiencia.
doc-guide-step-hearing = La corte puede fijar una audiencia. Vaya si puede. Si no puede ir, llame al secretario. Muchas cortes deciden sin audiencia.
doc-guide-step-fees = Si no puede pagar las cuotas de la corte, presente la exención de cuotas (formulario FW-001) con sus documentos.
doc-guide-step-order = Cuando el juez firme la orden, guarde una copia. Envíela con las cartas de disputa a cualquier compañía de verificación de antecedentes que todavía muestre el récord viejo.
doc-guide-cases = Casos en este condado
doc-guide-help = Ayuda gratis: una oficina de ayuda legal o el defensor público de su condado pueden revisar sus documentos antes de presentarlos.

doc-letter-subject = Disputa de información penal inexacta
doc-letter-greeting = A quien corresponda:
doc-letter-intro = Le escribo para disputar información penal sobre mí que su compañía reporta o podría reportar. Los registros de abajo recibieron alivio por ley o no se pueden reportar. Por favor corrija sus archivos.
doc-letter-who = Me llamo { $name }. Mi fecha de nacimiento es { $dob }.
doc-letter-case = { $court }, caso { $case }, { $date }
doc-letter-not = Este caso no se debe reportar.
doc-letter-dismissed = Este caso fue desestimado bajo { $remedy }. Si se reporta, debe mostrar que fue desestimado.
doc-letter-reduced = Esta condena fue reducida bajo { $remedy }. Solo se debe reportar como reducida.
doc-letter-automatic = El estado otorgó alivio bajo { $remedy }. Las cortes no pueden revelar este registro, y no se debe reportar.
doc-letter-sealed = Este registro fue sellado bajo { $remedy }. No se debe reportar.
doc-letter-law-fcra = Según la Ley de Informes Justos de Crédito, ustedes deben volver a investigar esta disputa gratis y corregir o borrar la información dentro de 30 días (15 U.S.C. § 1681i(a)), seguir procedimientos razonables para la máxima exactitud posible (15 U.S.C. § 1681e(b)) y reportar registros públicos para empleo solo si están completos y al día (15 U.S.C. § 1681k(a)).
doc-letter-law-icraa = La ley de California prohíbe reportar condenas de hace más de siete años (Código Civil, § 1786.18(a)(7)), exige verificar la información de registros públicos dentro de los 30 días antes de reportarla (Código Civil, § 1786.18(c)) y exige que los informes muestren cuando un caso fue desestimado o resuelto de otra forma (Código Civil, § 1786.28(b)).
doc-letter-law-sealed = Los arrestos sellados no se pueden revelar a nadie más que a mí o a una agencia de justicia penal (Código Penal, § 851.92(b)(5)); revelarlos tiene una multa civil (Código Penal, § 851.92(c)). Las cortes no pueden revelar registros de alivio otorgado bajo las secciones 1203.425 y 851.93 del Código Penal.
doc-letter-law-employer = Los empleadores no pueden usar una condena desestimada o sellada, ni un arresto que no terminó en condena, para contratar (Código Laboral, § 432.7).
doc-letter-ask = Por favor envíeme los resultados de su nueva investigación y una copia gratis de mi archivo corregido.
doc-letter-closing = Atentamente,
doc-letter-enclosed = Adjunto: copias de las órdenes de la corte o registros que muestran este alivio, cuando las tenga.

doc-notice-title = Su récord fue limpiado
doc-notice-intro = Hola { $name }. La ley de California limpió parte de su récord por usted. No tuvo que presentar nada.
doc-notice-item = { $remedy }: caso { $case } en el condado de { $county }.
doc-notice-means = Qué significa: para la mayoría de los trabajos y viviendas, no tiene que contarle a nadie sobre estos casos. Las compañías de verificación de antecedentes no los pueden reportar como eran.
doc-notice-limits = Qué no hace: no le devuelve el derecho a tener un arma. Todavía debe mencionarlos si solicita ser policía, se postula para un cargo público, o trabaja con niños, personas mayores o personas con discapacidades en algunos empleos.
doc-notice-check = Revise su récord: pida al Departamento de Justicia de California una copia de su récord por Live Scan (formulario BCIA 8016); pregunte por una exención de la cuota si no puede pagar. Si una verificación de antecedentes todavía muestra estos casos, use las cartas de disputa de este paquete.
doc-notice-help = ¿Preguntas? Una oficina de ayuda legal o el defensor público de su condado le pueden ayudar gratis.
