## Páginas de la aplicación web (crates/web).

web-skip = Ir al contenido principal
web-nav-language = Idioma
web-nav-pages = Páginas
web-footer-not-advice = clearslate da información general sobre la ley de California. No es asesoría legal. Una oficina de ayuda legal puede revisar su caso gratis.
web-back-home = Ir a la página principal
web-not-found-title = No encontramos la página
web-not-found = No pudimos encontrar esa página.
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
