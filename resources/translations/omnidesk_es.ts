<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Dispositions</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No interesado</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Solo información</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Intención de compra</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En tienda</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>A customer link takes no query.</source>
        <translation>Un enlace de cliente no admite parámetros de consulta.</translation>
    </message>
    <message>
        <source>A customer link needs one profile id: omnidesk://customer/&lt;id&gt;.</source>
        <translation>Un enlace de cliente necesita un id de perfil: omnidesk://customer/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A call link has no path: omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Un enlace de llamada no lleva ruta: omnidesk://call?ani=&lt;número&gt;.</translation>
    </message>
    <message>
        <source>A call link needs exactly one ani=&lt;phone number&gt;.</source>
        <translation>Un enlace de llamada necesita exactamente un ani=&lt;teléfono&gt;.</translation>
    </message>
    <message>
        <source>The caller&apos;s number must be an optional + and 3 to 15 digits.</source>
        <translation>El número de quien llama debe tener un + opcional y de 3 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Not an omnidesk:// link.</source>
        <translation>No es un enlace omnidesk://.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>El enlace es demasiado largo.</translation>
    </message>
    <message>
        <source>The link has parts Omnidesk does not use.</source>
        <translation>El enlace tiene partes que Omnidesk no usa.</translation>
    </message>
    <message>
        <source>Omnidesk opens omnidesk://customer/&lt;id&gt; and omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Omnidesk abre omnidesk://customer/&lt;id&gt; y omnidesk://call?ani=&lt;número&gt;.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>unknown time</source>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Inbound call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message numerus="yes">
        <source> (%n min)</source>
        <translation>
            <numerusform> (%n min)</numerusform>
            <numerusform> (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>, outcome: %1</source>
        <translation>, resultado: %1</translation>
    </message>
    <message>
        <source>email granted</source>
        <translation>correo autorizado</translation>
    </message>
    <message>
        <source>email denied</source>
        <translation>correo denegado</translation>
    </message>
    <message>
        <source>SMS granted</source>
        <translation>SMS autorizado</translation>
    </message>
    <message>
        <source>SMS denied</source>
        <translation>SMS denegado</translation>
    </message>
    <message>
        <source>calls granted</source>
        <translation>llamadas autorizadas</translation>
    </message>
    <message>
        <source>calls denied</source>
        <translation>llamadas denegadas</translation>
    </message>
    <message>
        <source>Marketing consent: %1</source>
        <translation>Consentimiento de marketing: %1</translation>
    </message>
    <message>
        <source>Placed an order (%1)</source>
        <translation>Hizo un pedido (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Purchased %n item(s) (%1)</source>
        <translation>
            <numerusform>Compró %n artículo (%1)</numerusform>
            <numerusform>Compró %n artículos (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Vio un producto</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>Vio %1</translation>
    </message>
    <message>
        <source>Visited a store</source>
        <translation>Visitó una tienda</translation>
    </message>
    <message>
        <source>Visited store %1</source>
        <translation>Visitó la tienda %1</translation>
    </message>
    <message>
        <source>; interested in %1</source>
        <translation>; interés en %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadió %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Quitó %1</translation>
    </message>
    <message>
        <source>Viewed a web page</source>
        <translation>Vio una página web</translation>
    </message>
    <message>
        <source>Viewed page &quot;%1&quot;</source>
        <translation>Vio la página «%1»</translation>
    </message>
    <message>
        <source>Was sent email</source>
        <translation>Se le envió un correo</translation>
    </message>
    <message>
        <source>Was sent email &quot;%1&quot;</source>
        <translation>Se le envió el correo «%1»</translation>
    </message>
    <message>
        <source>Opened email</source>
        <translation>Abrió un correo</translation>
    </message>
    <message>
        <source>Opened email &quot;%1&quot;</source>
        <translation>Abrió el correo «%1»</translation>
    </message>
    <message>
        <source>Clicked a link in email</source>
        <translation>Hizo clic en un enlace de un correo</translation>
    </message>
    <message>
        <source>Clicked a link in email &quot;%1&quot;</source>
        <translation>Hizo clic en un enlace del correo «%1»</translation>
    </message>
    <message>
        <source>Email delivered</source>
        <translation>Correo entregado</translation>
    </message>
    <message>
        <source>Email delivered &quot;%1&quot;</source>
        <translation>Correo «%1» entregado</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>Correo rebotado</translation>
    </message>
    <message>
        <source>Email bounced &quot;%1&quot;</source>
        <translation>Correo «%1» rebotado</translation>
    </message>
    <message>
        <source>Was sent an SMS</source>
        <translation>Se le envió un SMS</translation>
    </message>
    <message>
        <source>Was sent an SMS: %1</source>
        <translation>Se le envió un SMS: %1</translation>
    </message>
    <message>
        <source>Replied by SMS</source>
        <translation>Respondió por SMS</translation>
    </message>
    <message>
        <source>Clicked a link in an SMS</source>
        <translation>Hizo clic en un enlace de un SMS</translation>
    </message>
    <message>
        <source>Started a cart</source>
        <translation>Creó un carrito</translation>
    </message>
    <message>
        <source>Started a cart with %1</source>
        <translation>Creó un carrito con %1</translation>
    </message>
    <message>
        <source>Looked at the cart</source>
        <translation>Miró el carrito</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Inició el proceso de pago</translation>
    </message>
    <message>
        <source>Started checkout: %1</source>
        <translation>Inició el proceso de pago: %1</translation>
    </message>
    <message>
        <source>Was sent a push notification</source>
        <translation>Se le envió una notificación push</translation>
    </message>
    <message>
        <source>Opened a push notification</source>
        <translation>Abrió una notificación push</translation>
    </message>
    <message>
        <source>Acted on a push notification</source>
        <translation>Interactuó con una notificación push</translation>
    </message>
    <message>
        <source>Opened the app</source>
        <translation>Abrió la app</translation>
    </message>
    <message>
        <source>Bot conversation, handed over to an agent</source>
        <translation>Conversación con el bot, transferida a un agente</translation>
    </message>
    <message>
        <source>Bot conversation, resolved by the bot</source>
        <translation>Conversación con el bot, resuelta por el bot</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>Conversación con el bot</translation>
    </message>
    <message>
        <source>Chat, handed over to another team</source>
        <translation>Chat, transferido a otro equipo</translation>
    </message>
    <message>
        <source>Chat with an agent</source>
        <translation>Chat con un agente</translation>
    </message>
    <message>
        <source>; follow up by %1 on %2</source>
        <translation>; seguimiento por %1 el %2</translation>
    </message>
    <message>
        <source>Purchase intent: %1 (%2)</source>
        <translation>Intención de compra: %1 (%2)</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>Resultado de la llamada: %1</translation>
    </message>
    <message>
        <source>Store visit: %1</source>
        <translation>Visita a la tienda: %1</translation>
    </message>
    <message>
        <source>Accepted recommendation: %1</source>
        <translation>Recomendación aceptada: %1</translation>
    </message>
    <message>
        <source>Dismissed recommendation: %1 (%2)</source>
        <translation>Recomendación descartada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 no contiene ningún certificado PEM (un archivo de texto que empieza por -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for %1, not for %2.</source>
        <translation>El certificado del servicio es para %1, no para %2.</translation>
    </message>
    <message>
        <source>Use the address the certificate names, or ask the service&apos;s administrator for a certificate that includes %1.</source>
        <translation>Use la dirección que indica el certificado o pida al administrador del servicio un certificado que incluya %1.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate expired on %1.</source>
        <translation>El certificado del servicio caducó el %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator to renew the certificate.</source>
        <translation>Pida al administrador del servicio que renueve el certificado.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is valid only from %1.</source>
        <translation>El certificado del servicio solo es válido desde el %1.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, or ask the service&apos;s administrator.</source>
        <translation>Compruebe la fecha y la hora de este equipo o consulte al administrador del servicio.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was not issued by a certificate authority this computer trusts.</source>
        <translation>El certificado del servicio no lo emitió una autoridad de certificación en la que confíe este equipo.</translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, ask IT for its CA certificate (a PEM file) and choose it under &quot;Trust a company CA certificate&quot;. Otherwise ask the service&apos;s administrator.</source>
        <translation>Si su empresa usa su propia autoridad de certificación, pida a TI el certificado de la CA (un archivo PEM) y elíjalo en &quot;Confiar en un certificado de CA de la empresa&quot;. Si no, consulte al administrador del servicio.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was refused: %1.</source>
        <translation>El certificado del servicio fue rechazado: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator.</source>
        <translation>Consulte al administrador del servicio.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused.</source>
        <translation>Conexión segura con %1 rechazada.</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by: %2.</source>
        <translation>Certificado: %1; emitido por: %2.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed.</source>
        <translation>La conexión segura con %1 ha fallado.</translation>
    </message>
    <message>
        <source>Check that the address is right: https:// or wss:// only when the service runs with TLS, http:// or ws:// otherwise.</source>
        <translation>Compruebe la dirección: https:// o wss:// solo si el servicio usa TLS; si no, http:// o ws://.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>omnidesk: unknown language &quot;%1&quot; (available: %2)</source>
        <translation>omnidesk: idioma desconocido &quot;%1&quot; (disponibles: %2)</translation>
    </message>
    <message>
        <source>Omnidesk agent desktop</source>
        <translation>Omnidesk, escritorio del agente</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from the OMNIDESK_PASSWORD environment variable.</source>
        <translation>Inicia sesión como NAME sin el diálogo; la contraseña se lee de la variable de entorno OMNIDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Folder of the local outcome outbox.</source>
        <translation>Carpeta de la bandeja de salida local de resultados.</translation>
    </message>
    <message>
        <source>Language of the desktop (en, de, es, nl, pt_BR); default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>Idioma del escritorio (en, de, es, nl, pt_BR); por defecto: el elegido en la configuración o, si no hay, el del sistema.</translation>
    </message>
    <message>
        <source>Light, dark or the system&apos;s look: light, dark or system; default: the one chosen in the settings.</source>
        <translation>Aspecto claro, oscuro o el del sistema: light, dark o system; por defecto: el elegido en la configuración.</translation>
    </message>
    <message>
        <source>An omnidesk:// link to open: omnidesk://customer/&lt;id&gt; or omnidesk://call?ani=&lt;phone number&gt;. When Omnidesk already runs, the link goes to that window.</source>
        <translation>Un enlace omnidesk:// que abrir: omnidesk://customer/&lt;id&gt; u omnidesk://call?ani=&lt;teléfono&gt;. Si Omnidesk ya está abierto, el enlace va a esa ventana.</translation>
    </message>
    <message>
        <source>omnidesk: --theme must be light, dark or system</source>
        <translation>omnidesk: --theme debe ser light, dark o system</translation>
    </message>
    <message>
        <source>omnidesk: give at most one link</source>
        <translation>omnidesk: indique como máximo un enlace</translation>
    </message>
    <message>
        <source>omnidesk: Omnidesk is already running but did not answer</source>
        <translation>omnidesk: Omnidesk ya está en ejecución, pero no ha respondido</translation>
    </message>
    <message>
        <source>Profile service address (https://, wss://, or http://, ws:// without TLS); default: the address of the last sign-in, else ws://127.0.0.1:8477.</source>
        <translation>Dirección del servicio de perfiles (https://, wss:// o, sin TLS, http://, ws://); por defecto: la del último inicio de sesión; si no, ws://127.0.0.1:8477.</translation>
    </message>
    <message>
        <source>omnidesk: --server must be an https://, wss://, http:// or ws:// URL</source>
        <translation>omnidesk: --server debe ser una URL https://, wss://, http:// o ws://</translation>
    </message>
</context>
<context>
    <name>omnidesk::CandidateModel</name>
    <message>
        <source>Phone number matches</source>
        <translation>Coincide el número de teléfono</translation>
    </message>
    <message>
        <source>Email address matches</source>
        <translation>Coincide el correo electrónico</translation>
    </message>
    <message>
        <source>Customer id matches</source>
        <translation>Coincide el id de cliente</translation>
    </message>
    <message>
        <source>Name contains “%1”</source>
        <translation>El nombre contiene «%1»</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n artículo, %1</numerusform>
            <numerusform>%n artículos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Matched because</source>
        <translation>Motivo de la coincidencia</translation>
    </message>
</context>
<context>
    <name>omnidesk::CartModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Subtotal</translation>
    </message>
</context>
<context>
    <name>omnidesk::DesktopController</name>
    <message>
        <source>The saved sign-in has expired; please sign in again.</source>
        <translation>El inicio de sesión guardado ha caducado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in with the saved sign-in…</source>
        <translation>Iniciando sesión con el inicio de sesión guardado…</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keychain: %1</source>
        <translation>No se pudo quitar el inicio de sesión guardado del llavero: %1</translation>
    </message>
    <message>
        <source>Service reported a problem: %1</source>
        <translation>El servicio ha informado de un problema: %1</translation>
    </message>
    <message>
        <source>Not connected: the state cannot be changed now.</source>
        <translation>Sin conexión: ahora no se puede cambiar el estado.</translation>
    </message>
    <message>
        <source>the local outcome store cannot be written</source>
        <translation>no se puede escribir en el almacén local de resultados</translation>
    </message>
    <message>
        <source>The local outcome store cannot be written.</source>
        <translation>No se puede escribir en el almacén local de resultados.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Sin conexión: se podrá volver a buscar cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Offline: the profile opens once the connection is back.</source>
        <translation>Sin conexión: el perfil se abrirá cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>una persona desconocida</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Llamada de %1</translation>
    </message>
    <message>
        <source>The link opens as soon as you are signed in.</source>
        <translation>El enlace se abrirá en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>offline; try again once the connection is back</source>
        <translation>sin conexión; inténtelo de nuevo cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Save the call&apos;s outcome first; then open the other customer again.</source>
        <translation>Guarde primero el resultado de la llamada; después vuelva a abrir el otro cliente.</translation>
    </message>
    <message>
        <source>offline; the floor shows the last known states</source>
        <translation>desconectado; la planta muestra los últimos estados conocidos</translation>
    </message>
</context>
<context>
    <name>omnidesk::FloorModel</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Postllamada</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>%1, store</source>
        <translation>%1, tienda</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>en llamada</translation>
    </message>
    <message>
        <source>on a call for %1</source>
        <translation>en llamada desde hace %1</translation>
    </message>
    <message>
        <source>⚠ over by %1</source>
        <translation>⚠ excedida en %1</translation>
    </message>
    <message>
        <source>⚠ extended, ends in %1</source>
        <translation>⚠ prorrogada, termina en %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina en %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>En el estado</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Escritorios</translation>
    </message>
    <message>
        <source>%1 available · %2 on a call · %3 in wrap-up</source>
        <translation>%1 disponibles · %2 en llamada · %3 en postllamada</translation>
    </message>
    <message numerus="yes">
        <source> (%n needing attention)</source>
        <translation>
            <numerusform> (%n requiere atención)</numerusform>
            <numerusform> (%n requieren atención)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on break · %2 offline</source>
        <translation> · %1 en pausa · %2 desconectados</translation>
    </message>
    <message>
        <source>%1 (connection lost)</source>
        <translation>%1 (conexión perdida)</translation>
    </message>
</context>
<context>
    <name>omnidesk::InstanceGuard</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts of Omnidesk: %1</source>
        <translation>No se puede escuchar otros inicios de Omnidesk: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::InteractionLogModel</name>
    <message>
        <source>none shown</source>
        <translation>ninguno mostrado</translation>
    </message>
    <message>
        <source>%1 shown, %2 accepted, %3 dismissed</source>
        <translation>%1 mostrados, %2 aceptados, %3 descartados</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Revealed for you; your reason is in the audit log</source>
        <translation>Revelado para usted; su motivo está en el registro de auditoría</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, or the service did not see the call</source>
        <translation>No registrado: una visita a la tienda, o el servicio no vio la llamada</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (enmascarado)</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <source>Masked; Reveal customer… (Ctrl+Shift+V) shows the name</source>
        <translation>Enmascarado; Revelar cliente… (Ctrl+Shift+V) muestra el nombre</translation>
    </message>
    <message>
        <source>From the call reaching the agent to the outcome being logged</source>
        <translation>Desde que la llamada llega al agente hasta que se registra el resultado</translation>
    </message>
    <message>
        <source>From the end of the call to the outcome being logged; part of the handle time</source>
        <translation>Desde el fin de la llamada hasta que se registra el resultado; parte del tiempo de gestión</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, an outcome logged before this was measured, or the call&apos;s end is not known</source>
        <translation>No registrado: una visita a la tienda, un resultado registrado antes de que esto se midiera, o no se conoce el fin de la llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Postllamada</translation>
    </message>
</context>
<context>
    <name>omnidesk::TimelineModel</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::CredentialStore</name>
    <message>
        <source>No saved sign-in was found on this computer.</source>
        <translation>No se ha encontrado ningún inicio de sesión guardado en este equipo.</translation>
    </message>
    <message>
        <source>No keychain is available, so Omnidesk cannot remember your sign-in.</source>
        <translation>No hay ningún llavero disponible, así que Omnidesk no puede recordar su inicio de sesión.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the saved sign-in could not be used.</source>
        <translation>El llavero no respondió a tiempo, así que no se pudo usar el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>No se pudo usar el llavero.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>El llavero ha denegado el acceso; puede que esté bloqueado.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::OutboxStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ProfileClient</name>
    <message>
        <source>The server address is not a ws:// or wss:// URL.</source>
        <translation>La dirección del servidor no es una URL ws:// o wss://.</translation>
    </message>
    <message>
        <source>The server does not speak the Omnidesk protocol (omnidesk.v1).</source>
        <translation>El servidor no usa el protocolo de Omnidesk (omnidesk.v1).</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password.</source>
        <translation>No se pudo iniciar sesión. Compruebe el usuario y la contraseña.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ReportClient</name>
    <message>
        <source>the service sent no report</source>
        <translation>el servicio no envió ningún informe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the service sent no audit entries</source>
        <translation>el servicio no envió entradas de auditoría</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation>no se pudo leer la respuesta del servicio</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AboutDialog</name>
    <message>
        <source>About Omnidesk</source>
        <translation>Acerca de Omnidesk</translation>
    </message>
    <message>
        <source>Omnidesk logo</source>
        <translation>Logotipo de Omnidesk</translation>
    </message>
    <message>
        <source>The contact-center agent desktop: the caller&apos;s profile, live cart and next step at a glance, and every outcome saved exactly once.</source>
        <translation>El escritorio del agente de contact center: el perfil de quien llama, el carrito en directo y el siguiente paso de un vistazo, y cada resultado guardado exactamente una vez.</translation>
    </message>
    <message>
        <source>Omnidesk is distributed under the licence in the LICENSE file that comes with it. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Omnidesk se distribuye con la licencia del archivo LICENSE que lo acompaña. Usa el toolkit Qt bajo la GNU LGPL versión 3.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AuditView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Cargar anteriores</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data, when and why.</source>
        <translation>Quién buscó, vio, exportó o reveló datos de clientes, cuándo y por qué.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries</source>
        <translation>
            <numerusform>Se muestra %n entrada, la más reciente</numerusform>
            <numerusform>Se muestran las %n entradas más recientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallView</name>
    <message>
        <source>Found by the agent with a lookup</source>
        <translation>Encontrado por el agente con una búsqueda</translation>
    </message>
    <message>
        <source>Picked by the agent from the matching customers</source>
        <translation>Elegido por el agente entre los clientes coincidentes</translation>
    </message>
    <message>
        <source>Looked up in the store</source>
        <translation>Buscado en la tienda</translation>
    </message>
    <message>
        <source>Merged with another profile of the same customer</source>
        <translation>Fusionado con otro perfil del mismo cliente</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallerHeader</name>
    <message>
        <source>Caller name</source>
        <translation>Nombre de quien llama</translation>
    </message>
    <message>
        <source>Caller phone number (masked)</source>
        <translation>Teléfono de quien llama (enmascarado)</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Categoría del cliente</translation>
    </message>
    <message>
        <source>Caller match</source>
        <translation>Identificación de quien llama</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id de la llamada</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Matched by phone number</source>
        <translation>Identificado por el teléfono</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente no identificado</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>On call since %1</source>
        <translation>En llamada desde las %1</translation>
    </message>
    <message>
        <source>Call ended at %1 — wrap-up</source>
        <translation>Llamada finalizada a las %1 — postllamada</translation>
    </message>
    <message>
        <source>Consents and customer value</source>
        <translation>Consentimientos y valor del cliente</translation>
    </message>
    <message>
        <source>Several customers share this number</source>
        <translation>Varios clientes comparten este número</translation>
    </message>
    <message numerus="yes">
        <source>%n possible customers: pick the caller (Ctrl+Shift+L)</source>
        <translation>
            <numerusform>%n cliente posible: elija quién llama (Ctrl+Shift+L)</numerusform>
            <numerusform>%n clientes posibles: elija quién llama (Ctrl+Shift+L)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer profile matches this number; look the customer up (Ctrl+Shift+L)</source>
        <translation>Ningún perfil de cliente coincide con este número; busque al cliente (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Visita en tienda</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin teléfono</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Valor del cliente %1</translation>
    </message>
    <message>
        <source>Last purchase %1</source>
        <translation>Última compra el %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Marketing consent — email: %1, SMS: %2, phone: %3</source>
        <translation>Consentimiento de marketing — correo: %1, SMS: %2, teléfono: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>El carrito está vacío.</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Líneas del carrito</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Total del carrito</translation>
    </message>
    <message>
        <source>Cart data age</source>
        <translation>Antigüedad de los datos del carrito</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandono del carrito</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Abandoned %1</source>
        <translation>Abandonado %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::DataAgeLabel</name>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::ExportDialog</name>
    <message>
        <source>Show customer &amp;names</source>
        <translation>Mostrar &amp;nombres de clientes</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Exportar interacciones</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Archivo que guardar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Elegir el archivo en un diálogo de archivos</translation>
    </message>
    <message>
        <source>Names are masked to initials unless you show them and give a reason, which is audited</source>
        <translation>Los nombres se enmascaran como iniciales salvo que los muestre e indique un motivo, que queda auditado</translation>
    </message>
    <message>
        <source>why you need the names (recorded in the audit log)</source>
        <translation>por qué necesita los nombres (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Reason for showing names</source>
        <translation>Motivo para mostrar los nombres</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to save the export in.</source>
        <translation>Elija un archivo donde guardar la exportación.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to show names.</source>
        <translation>
            <numerusform>Indique un motivo de al menos %n carácter para mostrar los nombres.</numerusform>
            <numerusform>Indique un motivo de al menos %n caracteres para mostrar los nombres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer names are exported as initials; phone numbers and email addresses in the notes are masked.</source>
        <translation>Los nombres de los clientes se exportan como iniciales; los teléfonos y las direcciones de correo de las notas se enmascaran.</translation>
    </message>
    <message>
        <source>Names and notes are exported as written; your reason is recorded in the audit log.</source>
        <translation>Los nombres y las notas se exportan tal como se escribieron; su motivo queda registrado en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::FloorView</name>
    <message>
        <source>Live floor</source>
        <translation>Planta en directo</translation>
    </message>
    <message>
        <source>Floor summary</source>
        <translation>Resumen de la planta</translation>
    </message>
    <message>
        <source>Agents on the floor</source>
        <translation>Agentes en la planta</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>Todavía no hay agentes.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Not live: %1</source>
        <translation>Sin directo: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LatelyStrip</name>
    <message>
        <source>What happened lately</source>
        <translation>Qué ha pasado últimamente</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Últimamente</translation>
    </message>
    <message>
        <source>Nothing in the last two weeks.</source>
        <translation>Nada en las dos últimas semanas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LookupDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Abrir perfil</translation>
    </message>
    <message>
        <source>Phone, email, name or customer id</source>
        <translation>Teléfono, correo, nombre o id de cliente</translation>
    </message>
    <message>
        <source>Search for a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Type a phone number, an email address, part of a name or a customer id, then press Enter</source>
        <translation>Escriba un teléfono, un correo electrónico, parte de un nombre o un id de cliente y pulse Intro</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Search by phone number, email address, name or customer id.</source>
        <translation>Busque por teléfono, correo electrónico, nombre o id de cliente.</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>¿Quién llama?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) share this phone number. Ask the caller&apos;s name, then pick the profile.</source>
        <translation>
            <numerusform>%n cliente tiene este teléfono. Pregunte el nombre a quien llama y elija el perfil.</numerusform>
            <numerusform>%n clientes comparten este teléfono. Pregunte el nombre a quien llama y elija el perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type what you know about the customer first.</source>
        <translation>Escriba primero lo que sepa del cliente.</translation>
    </message>
    <message>
        <source>Type at least 2 characters of the name.</source>
        <translation>Escriba al menos 2 caracteres del nombre.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Sin conexión: se podrá volver a buscar cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number or email address.</source>
        <translation>No se ha encontrado ningún cliente. Revise la ortografía o pruebe con el teléfono o el correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n cliente encontrado. Intro abre el seleccionado.</numerusform>
            <numerusform>%n clientes encontrados. Intro abre el seleccionado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost before the answer came; search again when it is back.</source>
        <translation>Se perdió la conexión antes de recibir la respuesta; vuelva a buscar cuando se restablezca.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::MainWindow</name>
    <message>
        <source>Omnidesk</source>
        <translation>Omnidesk</translation>
    </message>
    <message>
        <source>Waiting for calls</source>
        <translation>Esperando llamadas</translation>
    </message>
    <message>
        <source>The caller&apos;s profile opens here as soon as a call is routed to you.</source>
        <translation>El perfil de quien llama se abre aquí en cuanto se le asigne una llamada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in on this computer (%1)</source>
        <translation>Cierra la sesión y olvida el inicio de sesión guardado en este equipo (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <source>Ready for the next call</source>
        <translation>Listo para la siguiente llamada</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Away for a while</source>
        <translation>Ausente un rato</translation>
    </message>
    <message>
        <source>&amp;Extend wrap-up</source>
        <translation>&amp;Ampliar postllamada</translation>
    </message>
    <message>
        <source>More time to finish the outcome (once per call)</source>
        <translation>Más tiempo para terminar el resultado (una vez por llamada)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Omnidesk</source>
        <translation>&amp;Acerca de Omnidesk</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Estado del agente</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Icono del estado de la conexión</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Signed-in agent</source>
        <translation>Agente con sesión iniciada</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Wrap-up %1:%2</source>
        <translation>Postllamada %1:%2</translation>
    </message>
    <message>
        <source>Connecting to the profile service…</source>
        <translation>Conectando con el servicio de perfiles…</translation>
    </message>
    <message>
        <source>Not connected. Calls cannot reach you until you sign in.</source>
        <translation>Sin conexión. Las llamadas no le llegarán hasta que inicie sesión.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Look up customer…</source>
        <translation>&amp;Buscar cliente…</translation>
    </message>
    <message>
        <source>Find a customer by phone, email, name or customer id</source>
        <translation>Encontrar un cliente por teléfono, correo, nombre o id de cliente</translation>
    </message>
    <message>
        <source>Serve a walk-in customer</source>
        <translation>Atender a un cliente en tienda</translation>
    </message>
    <message>
        <source>Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online cart and record what they mean to buy.</source>
        <translation>Busque al cliente por teléfono, correo o nombre (Ctrl+Shift+L) para ver su carrito en línea y registrar lo que piensa comprar.</translation>
    </message>
    <message>
        <source>&amp;Interaction log</source>
        <translation>&amp;Registro de interacciones</translation>
    </message>
    <message>
        <source>Back to the interaction log (supervisors)</source>
        <translation>Volver al registro de interacciones (supervisores)</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Registro de interacciones</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Recuperación de carritos</translation>
    </message>
    <message>
        <source>Cart &amp;recovery</source>
        <translation>Recuperación de &amp;carritos</translation>
    </message>
    <message>
        <source>How many abandoned carts were bought within 30 days (supervisors)</source>
        <translation>Cuántos carritos abandonados se compraron en 30 días (supervisores)</translation>
    </message>
    <message>
        <source>Live floor</source>
        <translation>Planta en directo</translation>
    </message>
    <message>
        <source>Live &amp;floor</source>
        <translation>&amp;Planta en directo</translation>
    </message>
    <message>
        <source>Every agent&apos;s state, call and wrap-up, live (supervisors)</source>
        <translation>Estado, llamada y postllamada de cada agente, en directo (supervisores)</translation>
    </message>
    <message>
        <source>E&amp;xport interaction log…</source>
        <translation>E&amp;xportar registro de interacciones…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (supervisors)</source>
        <translation>Guardar las interacciones que cumplen los filtros como CSV (supervisores)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Registro de au&amp;ditoría</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data (supervisors)</source>
        <translation>Quién buscó, vio, exportó o reveló datos de clientes (supervisores)</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Resultados y recomendaciones</translation>
    </message>
    <message>
        <source>&amp;Outcomes and recommendations</source>
        <translation>Resul&amp;tados y recomendaciones</translation>
    </message>
    <message>
        <source>Outcomes per day by disposition and how often each recommendation was accepted (supervisors)</source>
        <translation>Resultados por día por tipificación y con qué frecuencia se aceptó cada recomendación (supervisores)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::NextStepPanel</name>
    <message>
        <source>Recommended next step</source>
        <translation>Siguiente paso recomendado</translation>
    </message>
    <message>
        <source>Why this step is recommended</source>
        <translation>Por qué se recomienda este paso</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Argumentos clave</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Dismiss step</source>
        <translation>Descartar el paso</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <source>Recommended next steps, highest priority first</source>
        <translation>Siguientes pasos recomendados, de mayor a menor prioridad</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it</source>
        <translation>Ctrl+Shift+Y acepta el paso seleccionado, Ctrl+Shift+D lo descarta</translation>
    </message>
    <message>
        <source>Accept the selected step (Ctrl+Shift+Y)</source>
        <translation>Aceptar el paso seleccionado (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Accept step</source>
        <translation>Aceptar el paso</translation>
    </message>
    <message>
        <source>Dismiss the selected step with a reason (Ctrl+Shift+D)</source>
        <translation>Descartar el paso seleccionado indicando un motivo (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Why is this step not right? Enter to confirm, Esc to cancel</source>
        <translation>¿Por qué no encaja este paso? Intro para confirmar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Reason for dismissing the step</source>
        <translation>Motivo para descartar el paso</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>Al cliente no le interesa</translation>
    </message>
    <message>
        <source>Not relevant for this customer</source>
        <translation>No es relevante para este cliente</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Ya está hecho</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>El cliente pidió que no se le contacte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation for this customer.</source>
        <translation>No hay ninguna recomendación para este cliente.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeChartsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Resultados y recomendaciones</translation>
    </message>
    <message>
        <source>Outcomes logged from</source>
        <translation>Resultados registrados desde</translation>
    </message>
    <message>
        <source>Outcomes logged until (inclusive)</source>
        <translation>Resultados registrados hasta (incluido)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>cualquier agente</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID del agente</translation>
    </message>
    <message>
        <source>Count the outcomes and decisions of this period</source>
        <translation>Contar los resultados y las decisiones de este periodo</translation>
    </message>
    <message>
        <source>When these charts were loaded</source>
        <translation>Cuándo se cargaron estos gráficos</translation>
    </message>
    <message>
        <source>Outcomes status</source>
        <translation>Estado de los resultados</translation>
    </message>
    <message>
        <source>Acceptance status</source>
        <translation>Estado de la aceptación</translation>
    </message>
    <message>
        <source>Outcomes over time by disposition</source>
        <translation>Resultados en el tiempo por tipificación</translation>
    </message>
    <message>
        <source>Outcomes logged per day</source>
        <translation>Resultados registrados por día</translation>
    </message>
    <message>
        <source>Acceptance rate per recommendation</source>
        <translation>Tasa de aceptación por recomendación</translation>
    </message>
    <message>
        <source>Accepted of shown, per recommendation</source>
        <translation>Aceptadas de las mostradas, por recomendación</translation>
    </message>
    <message>
        <source>Recommendations shown, accepted and dismissed</source>
        <translation>Recomendaciones mostradas, aceptadas y descartadas</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostradas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartadas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No outcome was logged in this period.</source>
        <translation>No se registró ningún resultado en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by week.</source>
        <translation>
            <numerusform>%n resultado registrado en este periodo, contado por semana.</numerusform>
            <numerusform>%n resultados registrados en este periodo, contados por semana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by day.</source>
        <translation>
            <numerusform>%n resultado registrado en este periodo, contado por día.</numerusform>
            <numerusform>%n resultados registrados en este periodo, contados por día.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes logged per week</source>
        <translation>Resultados registrados por semana</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not load the outcomes: %1</source>
        <translation>No se pudieron cargar los resultados: %1</translation>
    </message>
    <message>
        <source>No recommendation was shown in this period.</source>
        <translation>No se mostró ninguna recomendación en este periodo.</translation>
    </message>
    <message>
        <source>Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.</source>
        <translation>De %1 recomendaciones mostradas, se aceptaron %2 (%3) y se descartaron %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 de %4)</translation>
    </message>
    <message>
        <source>Could not load the acceptance: %1</source>
        <translation>No se pudo cargar la aceptación: %1</translation>
    </message>
    <message>
        <source>Dismissed because: %1</source>
        <translation>Descartada porque: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeForm</name>
    <message>
        <source>Save outcome</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>Elija una tipificación…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Tipificación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What was agreed, what to follow up…</source>
        <translation>Qué se acordó, qué hay que seguir…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Return)</source>
        <translation>Guardar resultado (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation>Estado del resultado</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Elija primero una tipificación.</translation>
    </message>
    <message>
        <source>Saved locally — sending…</source>
        <translation>Guardado localmente — enviando…</translation>
    </message>
    <message>
        <source>Saved locally — will be sent when the connection is back.</source>
        <translation>Guardado localmente — se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Stored in profile (#%1)</source>
        <translation>Guardado en el perfil (n.º %1)</translation>
    </message>
    <message>
        <source>Stored in profile</source>
        <translation>Guardado en el perfil</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Purchase &amp;intent</source>
        <translation>&amp;Intención de compra</translation>
    </message>
    <message>
        <source>Purchase intent: cart lines the customer means to buy</source>
        <translation>Intención de compra: líneas del carrito que el cliente piensa comprar</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation>La barra espaciadora marca o desmarca la línea seleccionada</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Programar un seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up channel</source>
        <translation>Canal de seguimiento</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Follow &amp;up</source>
        <translation>Hacer &amp;seguimiento</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RecoveryView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Recuperación de carritos</translation>
    </message>
    <message>
        <source>Carts abandoned from</source>
        <translation>Carritos abandonados desde</translation>
    </message>
    <message>
        <source>Carts abandoned until (inclusive)</source>
        <translation>Carritos abandonados hasta (incluido)</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Tasa de recuperación</translation>
    </message>
    <message>
        <source>Recovery rate by contact</source>
        <translation>Tasa de recuperación por contacto</translation>
    </message>
    <message>
        <source>Recovered within 30 days, by contact</source>
        <translation>Recuperados en 30 días, por contacto</translation>
    </message>
    <message>
        <source>Recovery by recommendation and by agent</source>
        <translation>Recuperación por recomendación y por agente</translation>
    </message>
    <message>
        <source>Accepted recommendation / agent</source>
        <translation>Recomendación aceptada / agente</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonados</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Call, recommendation accepted</source>
        <translation>Llamada, recomendación aceptada</translation>
    </message>
    <message>
        <source>Call, none accepted</source>
        <translation>Llamada, ninguna aceptada</translation>
    </message>
    <message>
        <source>Email only</source>
        <translation>Solo correo</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No cart was abandoned in this period.</source>
        <translation>No se abandonó ningún carrito en este periodo.</translation>
    </message>
    <message>
        <source>%1 of %2 abandoned carts were bought within %3 days: %4.</source>
        <translation>%1 de %2 carritos abandonados se compraron en %3 días: %4.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>ninguno en este periodo</translation>
    </message>
    <message>
        <source>By accepted recommendation</source>
        <translation>Por recomendación aceptada</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>When this report was loaded</source>
        <translation>Cuándo se cargó este informe</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RevealDialog</name>
    <message>
        <source>Reveal customer</source>
        <translation>Revelar cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s name is masked in the interaction log.</source>
        <translation>El nombre del cliente está enmascarado en el registro de interacciones.</translation>
    </message>
    <message>
        <source>The customer is shown masked as “%1” in the interaction log.</source>
        <translation>El cliente aparece enmascarado como «%1» en el registro de interacciones.</translation>
    </message>
    <message>
        <source>why you need the name (recorded in the audit log)</source>
        <translation>por qué necesita el nombre (se registra en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Reason for revealing the customer</source>
        <translation>Motivo para revelar el cliente</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Re&amp;velar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The name is shown for this interaction; your reason is recorded in the audit log.</source>
        <translation>El nombre se muestra para esta interacción; su motivo queda en el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to reveal the name.</source>
        <translation>
            <numerusform>Indique un motivo de al menos %n carácter para revelar el nombre.</numerusform>
            <numerusform>Indique un motivo de al menos %n caracteres para revelar el nombre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop &amp;notification for an incoming call</source>
        <translation>Mostrar una &amp;notificación de escritorio al entrar una llamada</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Profile service address</source>
        <translation>Dirección del servicio de perfiles</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time Omnidesk starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Omnidesk.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Applies at once. &quot;Same as the system&quot; follows the light or dark setting of the desktop environment.</source>
        <translation>Se aplica al momento. «Igual que el sistema» sigue el modo claro u oscuro del entorno de escritorio.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Shows a notification when a call arrives while the Omnidesk window is not in front.</source>
        <translation>Muestra una notificación cuando entra una llamada y la ventana de Omnidesk no está en primer plano.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Profile &amp;service:</source>
        <translation>&amp;Servicio de perfiles:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Go to the cart</source>
        <translation>Ir al carrito</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Ir a la cronología</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Buscar en la cronología</translation>
    </message>
    <message>
        <source>Go to the outcome&apos;s disposition</source>
        <translation>Ir a la tipificación del resultado</translation>
    </message>
    <message>
        <source>Go to the outcome notes</source>
        <translation>Ir a las notas del resultado</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se pudo guardar la configuración.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The address used from the next start, as https://host:port or wss://host:port (http:// or ws:// without TLS). The sign-in window can change it too.</source>
        <translation>La dirección que se usará desde el próximo inicio, como https://host:puerto o wss://host:puerto (http:// o ws:// sin TLS). La ventana de inicio de sesión también puede cambiarla.</translation>
    </message>
    <message>
        <source>Trusted company CA certificate</source>
        <translation>Certificado de CA de la empresa de confianza</translation>
    </message>
    <message>
        <source>None: only the certificate authorities the system trusts</source>
        <translation>Ninguno: solo las autoridades de certificación en las que confía el sistema</translation>
    </message>
    <message>
        <source>Trust a company CA certificate</source>
        <translation>Confiar en un certificado de CA de la empresa</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority.</source>
        <translation>Elija el archivo PEM de la autoridad de certificación de su empresa.</translation>
    </message>
    <message>
        <source>Stop trusting the company CA certificate</source>
        <translation>Dejar de confiar en el certificado de CA de la empresa</translation>
    </message>
    <message>
        <source>Certificates it issued are trusted in addition to the system&apos;s, from the next sign-in. Certificate checks are always on.</source>
        <translation>Los certificados que emita serán de confianza, además de los del sistema, desde el próximo inicio de sesión. Los certificados se comprueban siempre.</translation>
    </message>
    <message>
        <source>Trust a &amp;company CA:</source>
        <translation>Confiar en la &amp;CA de la empresa:</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Certificado de CA de la empresa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Escriba la dirección del servidor como https://host:puerto o wss://host:puerto (http:// o ws:// si el servicio funciona sin TLS).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Omnidesk</source>
        <translation>Iniciar sesión en Omnidesk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you are signed in at the next start. The password is never stored.</source>
        <translation>Guarda un token de inicio de sesión en el llavero del sistema para que la sesión se inicie sola la próxima vez. La contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in to the profile service</source>
        <translation>Inicie sesión en el servicio de perfiles</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su usuario y contraseña.</translation>
    </message>
    <message>
        <source>&amp;Trust a company CA certificate…</source>
        <translation>&amp;Confiar en un certificado de CA de la empresa…</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Aviso de inicio de sesión</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority. Omnidesk then trusts certificates it issued, in addition to those the system trusts.</source>
        <translation>Elija el archivo PEM de la autoridad de certificación de su empresa. Omnidesk confiará entonces en los certificados que emita, además de en los que confía el sistema.</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Certificado de CA de la empresa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Now trusting %1. Sign in again.</source>
        <translation>Ahora se confía en %1. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Escriba la dirección del servidor como https://host:puerto o wss://host:puerto (http:// o ws:// si el servicio funciona sin TLS).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SupervisorView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Registro de interacciones</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Fecha final (incluida)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>cualquier agente</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID del agente</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>any recommendation id</source>
        <translation>cualquier ID de recomendación</translation>
    </message>
    <message>
        <source>Recommendation id</source>
        <translation>ID de la recomendación</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>aceptado o no</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Decision on the recommendation</source>
        <translation>Decisión sobre la recomendación</translation>
    </message>
    <message>
        <source>text in the notes</source>
        <translation>texto en las notas</translation>
    </message>
    <message>
        <source>Text in the notes</source>
        <translation>Texto en las notas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Logged interactions</source>
        <translation>Interacciones registradas</translation>
    </message>
    <message>
        <source>What the agent saw</source>
        <translation>Lo que vio el agente</translation>
    </message>
    <message>
        <source>Select an interaction to see what the agent saw.</source>
        <translation>Seleccione una interacción para ver lo que vio el agente.</translation>
    </message>
    <message>
        <source>any disposition</source>
        <translation>cualquier resultado</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Cargando más…</translation>
    </message>
    <message>
        <source>No interaction matches these filters.</source>
        <translation>Ninguna interacción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>Loading what the agent saw…</source>
        <translation>Cargando lo que vio el agente…</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Next steps shown</source>
        <translation>Próximos pasos mostrados</translation>
    </message>
    <message>
        <source>dismissed: %1</source>
        <translation>descartado: %1</translation>
    </message>
    <message>
        <source>not acted on</source>
        <translation>sin acción</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Purchase intent:</source>
        <translation>Intención de compra:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Cart the agent saw</source>
        <translation>Carrito que vio el agente</translation>
    </message>
    <message>
        <source>The cart was empty.</source>
        <translation>El carrito estaba vacío.</translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation>%1 × %2, %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Lately, as the agent saw it</source>
        <translation>Lo reciente, tal como lo vio el agente</translation>
    </message>
    <message>
        <source>No snapshot was stored with this outcome.</source>
        <translation>No se guardó ninguna instantánea con este resultado.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (Ctrl+Shift+X)</source>
        <translation>Guardar las interacciones que cumplen los filtros como CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Exportación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancelar e&amp;xportación</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s)</source>
        <translation>
            <numerusform>Exportando… %n fila</numerusform>
            <numerusform>Exportando… %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n fila exportada a %1</numerusform>
            <numerusform>%n filas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal customer…</source>
        <translation>&amp;Revelar cliente…</translation>
    </message>
    <message>
        <source>Revealing the customer…</source>
        <translation>Revelando el cliente…</translation>
    </message>
    <message>
        <source>Customer revealed; your reason is in the audit log.</source>
        <translation>Cliente revelado; su motivo está en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Could not reveal the customer: %1</source>
        <translation>No se pudo revelar el cliente: %1</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (enmascarado)</translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer; asks for a reason, which is audited (Ctrl+Shift+V)</source>
        <translation>Muestra el cliente de la interacción seleccionada; pide un motivo, que se audita (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Handle time %1, of which wrap-up %2</source>
        <translation>Tiempo de gestión %1, de ello postllamada %2</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline channel</source>
        <translation>Canal de la cronología</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Buscar en la cronología</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Cronología del cliente</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 de 1 evento</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 de %2 eventos</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>No activity recorded for this customer.</source>
        <translation>No hay actividad registrada para este cliente.</translation>
    </message>
    <message>
        <source>No events match the channel and search.</source>
        <translation>Ningún evento coincide con el canal y la búsqueda.</translation>
    </message>
</context>
</TS>
