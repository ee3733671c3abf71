## Páginas de la aplicación web (crates/web).

web-skip = Ir al contenido principal
web-nav-language = Idioma
web-nav-pages = Páginas
web-footer-not-advice = clearslate da información general sobre la ley de California. No es asesoría legal. Una oficina de ayuda legal puede revisar su caso gratis.
web-back-home = Ir a la página principal
web-not-found-title = No encontramos la página
web-not-found = No pudimos encontrar esa página.
web-limit-title = Espere un momento
web-limit = Fueron muchos intentos en poco tiempo. Espere { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} e intente otra vez.
web-error-title = Algo salió mal
web-error = Algo salió mal de nuestro lado. Intente otra vez. Si sigue pasando, dé este número a la persona que le ayuda: { $id }

web-home-title = Limpie su récord en California
web-home-lead = La ley de California puede limpiar muchos arrestos y condenas viejos. La mayoría de las personas que califican nunca lo piden. Averigüe lo que la ley le da.
web-home-who = Esto es para personas con un récord en California, sus familias, y los voluntarios y el personal de ayuda legal que les ayudan.
web-home-free = Es gratis. No necesita una cuenta.

web-learn-title = ¿Qué es limpiar el récord?
web-learn-what-h = Qué significa
web-learn-what-1 = Limpiar el récord significa pedirle a una corte, o esperar a que el estado, cambie un arresto o una condena vieja en su récord.
web-learn-what-2 = Una condena se puede desestimar. Un delito grave se puede convertir en un delito menor. Un arresto que no terminó en condena se puede sellar.
web-learn-auto-h = Algunos alivios pasan solos
web-learn-auto-1 = El estado limpia algunos récords por sí mismo, sin que usted haga nada. Esto se llama alivio automático.
web-learn-auto-b1 = Muchos arrestos que no terminaron en condena (Código Penal 851.93).
web-learn-auto-b2 = Muchas condenas después de terminar su sentencia y no tener problemas por un tiempo (Código Penal 1203.425).
web-learn-auto-2 = El alivio automático puede tardar o no incluir algunos registros. Revise su récord para ver si pasó.
web-learn-petition-h = Otros alivios necesitan una petición
web-learn-petition-1 = Para otros alivios, usted presenta documentos en la corte del condado donde fue su caso. El juez decide. A veces el juez debe decir que sí. A veces el juez puede escoger.
web-learn-petition-2 = Los formularios son gratis. Si no puede pagar las cuotas de la corte, puede pedir que no se las cobren.

web-effects-title = Qué hace y qué no hace el alivio
web-effects-does-h = Qué hace
web-effects-does-b1 = La mayoría de los empleadores privados no pueden preguntar ni usar una condena desestimada o un arresto sellado.
web-effects-does-b2 = Las compañías de verificación de antecedentes deben reportar el caso como desestimado, o no reportarlo.
web-effects-does-b3 = Muchas veces puede decir que no fue condenado o arrestado, para la mayoría de los trabajos y viviendas.
web-effects-not-h = Qué no hace
web-effects-not-b1 = No le devuelve el derecho a tener un arma.
web-effects-not-b2 = Todavía debe mencionarlo si solicita ser policía, se postula para un cargo público o pide algunas licencias del estado (por ejemplo, para enseñar, salud o seguros).
web-effects-not-b3 = No borra el caso para inmigración. Una desestimación normalmente no ayuda con inmigración. Hable con un abogado de inmigración antes de presentar algo.
web-effects-not-b4 = El récord del estado guarda una nota. Algunos empleadores que la ley permite todavía pueden verla.
web-effects-not-b5 = Un caso futuro todavía puede contarlo como condena anterior.

web-rapsheet-title = Obtenga su récord (su RAP sheet)
web-rapsheet-why-h = Por qué lo necesita
web-rapsheet-why-1 = Su RAP sheet es la lista del estado de sus arrestos y casos en la corte. Muestra qué alivio puede obtener. Puede tener casos viejos que olvidó.
web-rapsheet-how-h = Cómo obtenerlo
web-rapsheet-how-b1 = Vaya a un lugar de Live Scan para que le tomen las huellas. Lleve el formulario de revisión de récord del Departamento de Justicia de California (BCIA 8016RR) y una identificación con foto.
web-rapsheet-how-b2 = El Departamento de Justicia le envía su récord por correo.
web-rapsheet-how-b3 = Hay una cuota. Si tiene bajos ingresos, pregunte por una exención de la cuota.
web-rapsheet-how-b4 = Un defensor público o una oficina de ayuda legal muchas veces puede obtener su récord por usted.

web-help-title = Encuentre ayuda cerca de usted
web-help-intro = Escoja su condado para ver su corte y la ayuda legal gratis que conocemos.
web-help-county = Su condado
web-help-show = Mostrar ayuda
web-help-court-find = Busque su dirección y horario en courts.ca.gov.
web-help-none = Todavía no tenemos ayuda legal para este condado. Llame al defensor público del condado y pregunte por "limpiar el récord" o "expungement".
web-help-languages = Idiomas

web-link-learn = ¿Qué es limpiar el récord?
web-link-effects = Qué hace y qué no hace el alivio
web-link-rapsheet = Cómo obtener su récord
web-link-help = Encuentre ayuda gratis cerca de usted

web-screener-title = ¿Califico?
web-link-screener = ¿Califico? Conteste unas preguntas
web-screener-question = Pregunta
web-screener-next = Siguiente
web-screener-back = Volver a la pregunta anterior
web-screener-again = Empezar de nuevo
web-screener-year = Año (por ejemplo 2015)
web-screener-why = ¿Por qué?
web-screener-next-steps = Qué hacer después
web-screener-first-look = Esto es un primer vistazo, basado en sus respuestas y en un caso típico como el suyo. Su propio récord decide. Obtenga su récord y luego revíselo aquí o con una oficina de ayuda legal.
web-screener-none = Para un caso así, no encontramos alivio que pueda pedir ahora. Su récord puede mostrar algo distinto. Una oficina de ayuda legal lo puede revisar.
web-screener-no-conviction = Si lo arrestaron pero no lo condenaron, puede que el estado ya haya limpiado el arresto, o puede pedirle a la corte que lo selle. Obtenga su récord para saber.
web-q-convicted = ¿Lo condenaron por un delito en California?
web-q-level = ¿Fue un delito grave (felony), un delito menor (misdemeanor) o una infracción?
web-q-kind = ¿Por qué fue?
web-q-year = ¿En qué año lo condenaron?
web-q-sentence = ¿Cuál fue la sentencia?
web-q-done = ¿Ya terminó la sentencia (incluida la libertad condicional)?
web-q-done-year = ¿En qué año terminó?
web-a-yes = Sí
web-a-no = No
web-a-felony = Delito grave (felony)
web-a-misdemeanor = Delito menor (misdemeanor)
web-a-infraction = Infracción
web-a-probation = Libertad condicional (probation)
web-a-jail = Cárcel del condado, sin libertad condicional
web-a-prison = Prisión del estado
web-a-fine = Solo una multa
web-a-cannabis = Marihuana (cannabis)
web-a-theft = Robo de $950 o menos
web-a-drugs = Posesión de drogas para uso propio
web-a-other = Otra cosa

web-link-check = Revisar mi récord: suba su RAP sheet
web-check-title = Revisar mi récord
web-check-intro = Suba su RAP sheet del Departamento de Justicia de California. Sirve un archivo de texto, un PDF o una foto clara de cada página.
web-check-file = Su RAP sheet
web-check-private = Lo leemos para mostrarle sus resultados. No lo guardamos a menos que usted nos lo pida.
web-check-submit = Revisar mi récord
web-check-too-large = Ese archivo es muy grande. Suba un archivo de menos de 10 MB.
web-check-unreadable = No pudimos leer el archivo. Intente otra vez.
web-check-expired = Este formulario venció. Escoja su archivo otra vez y envíelo.
web-check-no-file = Escoja un archivo para subir.
web-check-not-a-sheet = Esto no parece un RAP sheet de California. Suba el récord que le envió el Departamento de Justicia.
web-record-title = Sus resultados
web-record-none = No encontramos alivio que pueda pedir ahora con este récord. Una oficina de ayuda legal lo puede revisar con usted.
web-record-questions = Preguntas que aclararían lo que necesita revisión
web-record-warnings = Algunas líneas del récord fueron difíciles de leer. Compare los resultados con el récord.
web-record-another = Revisar otro récord

web-link-declaration = Escriba su declaración para el juez
web-decl-title = Su declaración para el juez
web-decl-intro = Cuando el juez decide, ayuda una declaración corta y honesta sobre su vida ahora. Conteste con sus propias palabras. Puede saltar cualquier parte que no le aplique.
web-decl-name = Su nombre completo
web-decl-case = Número de caso (si lo sabe)
web-decl-today = Quién es usted hoy
web-decl-today-hint = Por ejemplo: "Tengo 42 años. Vivo en Fresno con mis dos hijos. Soy cocinero en un restaurante."
web-decl-work = Trabajo y estudios
web-decl-work-hint = Por ejemplo: dónde trabaja, cuánto tiempo, cursos o capacitaciones que terminó.
web-decl-family = Familia
web-decl-family-hint = Por ejemplo: quién depende de usted, cómo los cuida.
web-decl-community = Comunidad
web-decl-community-hint = Por ejemplo: trabajo voluntario, iglesia, entrenar a un equipo, ayudar a vecinos.
web-decl-since = Lo que ha hecho desde el caso
web-decl-since-hint = Por ejemplo: programas que terminó, mantenerse sobrio, pagar lo que debía, ningún caso nuevo.
web-decl-why = Por qué esto le importa
web-decl-why-hint = Por ejemplo: un trabajo o licencia que quiere, vivienda, ser un mejor ejemplo para sus hijos.
web-decl-short = Esta parte es corta. Unas oraciones más pueden ayudar al juez a entenderle.
web-decl-preview = Vista previa
web-decl-show-preview = Ver vista previa
web-decl-download = Descargar PDF
web-decl-need-name-and-text = Escriba su nombre y por lo menos una parte antes de descargar.
web-check-save = Guardar mis resultados por 90 días con un enlace privado, para volver y contestar preguntas
web-record-save-to-answer = Para contestar estas preguntas y ver cambiar sus resultados, revise su récord otra vez y elija guardar sus resultados.
web-error-try-later = No pudimos hacer eso ahora. Intente otra vez en unos minutos.
web-case-saved-title = Su enlace privado
web-case-saved = Sus resultados están guardados. Guarde esta página en favoritos o copie su dirección y guárdela bien. Cualquier persona con el enlace puede ver sus resultados.
web-case-link = Su enlace privado (guárdelo en favoritos)
web-case-expires = Guardamos sus resultados hasta el { $date }. Cada vez que abre el enlace, los guardamos 90 días más. Puede borrarlos cuando quiera.
web-case-gone-title = Este enlace no funciona
web-case-gone = Este enlace privado no abre ningún resultado. Tal vez se borraron, o pasaron 90 días desde la última vez que se abrieron. Puede revisar su récord otra vez.
web-case-deleted-title = Borrado
web-case-deleted = Su récord y sus respuestas están borrados. No podemos recuperarlos.
web-case-delete = Borrar mi récord y mis respuestas
web-case-delete-hint = Esto borra de inmediato su récord guardado y sus respuestas de nuestra computadora.
web-case-answer-error = No pudimos leer su respuesta a estas preguntas. Las otras respuestas están guardadas. Revíselas e intente otra vez:
web-case-answer-check = Revise esta respuesta. Los números se escriben así: 450; las fechas así: 15/3/2019.
web-answer-yes = Sí
web-answer-no = No
web-answer-unsure = No sé
web-answer-felony = Delito grave (felony)
web-answer-misdemeanor = Delito menor (misdemeanor)
web-answer-infraction = Infracción
web-answer-submit = Guardar mis respuestas y actualizar mis resultados
web-check-demo = ¿No tiene su récord a mano? Pruebe con uno inventado.
web-check-demo-link = Descargar un récord de muestra (no es una persona real)
web-account-title = Mi cuenta
web-account-why = La cuenta es opcional. Le deja encontrar sus resultados guardados con su correo electrónico o su número de teléfono y una contraseña, en vez de guardar el enlace privado.
web-account-login = Entrar
web-account-register = Crear una cuenta
web-account-login-field = Correo electrónico o número de teléfono
web-account-password = Contraseña
web-account-new-password = Contraseña (por lo menos 10 caracteres)
web-account-bad-login = Escriba un correo electrónico o un número de teléfono de 10 dígitos.
web-account-short-password = Elija una contraseña de por lo menos 10 caracteres.
web-account-taken = Ya hay una cuenta con este correo o número de teléfono. Mejor entre a su cuenta.
web-account-wrong = El correo o número de teléfono y la contraseña no coinciden.
web-account-cases = Sus resultados guardados
web-account-no-cases = Todavía no tiene resultados guardados. Cuando revise su récord con su cuenta abierta, elija guardar sus resultados.
web-account-case = Resultados guardados el { $date }
web-account-logout = Salir
web-account-delete = Borrar mi cuenta y todos mis resultados guardados
web-account-delete-hint = Esto borra de inmediato su cuenta, sus récords guardados y sus respuestas.
web-account-deleted = Su cuenta, sus récords guardados y sus respuestas están borrados. No podemos recuperarlos.
web-link-account = Mi cuenta
web-admin-title = Directorio de ayuda legal (administradores)
web-admin-providers = Proveedores en este condado
web-admin-add = Agregar un proveedor
web-admin-name = Nombre
web-admin-phone = Teléfono
web-admin-website = Sitio web (que empiece con https://)
web-admin-notes = Notas para las personas
web-admin-remove = Quitar
web-admin-remove-named = Quitar { $name }
web-admin-invalid = Escriba un nombre, un condado de la lista y un sitio web que empiece con https:// (o déjelo vacío).

## Olvidó su contraseña: un enlace por correo
web-forgot-link = ¿Olvidó su contraseña?
web-forgot-title = Elegir una contraseña nueva
web-forgot-intro = Escriba el correo electrónico con el que se registró. Le enviaremos un enlace para elegir una contraseña nueva. El enlace sirve por una hora.
web-forgot-email = Su correo electrónico
web-forgot-send = Envíenme el enlace
web-forgot-sent = Si una cuenta usa ese correo, le enviamos un enlace. Revise su correo, y también la carpeta de correo no deseado. El enlace sirve por una hora.
web-forgot-not-email = Escriba una dirección de correo, como nombre@example.org.
web-forgot-phone = No podemos enviar mensajes de texto. Si se registró con un número de teléfono y perdió su contraseña, cree una cuenta nueva. Sus enlaces privados siguen funcionando.
web-forgot-off = Este sitio no puede enviar correos, así que no puede darle una contraseña nueva. Puede crear una cuenta nueva. Sus enlaces privados siguen funcionando.
web-reset-title = Elija una contraseña nueva
web-reset-save = Guardar mi contraseña nueva
web-reset-gone = Este enlace no funciona. Tal vez ya se usó, o tiene más de una hora. Puede pedir otro en la página para entrar.
mail-reset-subject = Su contraseña de clearslate
mail-reset-body =
    Alguien pidió una contraseña nueva para su cuenta de clearslate.

    Para elegir una contraseña nueva, abra este enlace. Sirve por una hora:
    { $link }

    Si usted no lo pidió, puede ignorar este correo. Su contraseña no cambia.
