<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Dispositions</name>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Retornar ligação</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Sem interesse</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Apenas informação</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Intenção de compra</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Na loja</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>A customer link takes no query.</source>
        <translation>Um link de cliente não aceita parâmetros de consulta.</translation>
    </message>
    <message>
        <source>A customer link needs one profile id: omnidesk://customer/&lt;id&gt;.</source>
        <translation>Um link de cliente precisa de um id de perfil: omnidesk://customer/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A call link has no path: omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Um link de chamada não tem caminho: omnidesk://call?ani=&lt;número&gt;.</translation>
    </message>
    <message>
        <source>A call link needs exactly one ani=&lt;phone number&gt;.</source>
        <translation>Um link de chamada precisa de exatamente um ani=&lt;telefone&gt;.</translation>
    </message>
    <message>
        <source>The caller&apos;s number must be an optional + and 3 to 15 digits.</source>
        <translation>O número de quem liga deve ter um + opcional e de 3 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Not an omnidesk:// link.</source>
        <translation>Não é um link omnidesk://.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>O link é longo demais.</translation>
    </message>
    <message>
        <source>The link has parts Omnidesk does not use.</source>
        <translation>O link tem partes que o Omnidesk não usa.</translation>
    </message>
    <message>
        <source>Omnidesk opens omnidesk://customer/&lt;id&gt; and omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>O Omnidesk abre omnidesk://customer/&lt;id&gt; e omnidesk://call?ani=&lt;número&gt;.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>unknown time</source>
        <translation>em momento desconhecido</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>há %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>há 1 dia</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Inbound call</source>
        <translation>Ligação recebida</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Ligação efetuada</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Ligação telefônica</translation>
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
        <translation>e-mail autorizado</translation>
    </message>
    <message>
        <source>email denied</source>
        <translation>e-mail recusado</translation>
    </message>
    <message>
        <source>SMS granted</source>
        <translation>SMS autorizado</translation>
    </message>
    <message>
        <source>SMS denied</source>
        <translation>SMS recusado</translation>
    </message>
    <message>
        <source>calls granted</source>
        <translation>ligações autorizadas</translation>
    </message>
    <message>
        <source>calls denied</source>
        <translation>ligações recusadas</translation>
    </message>
    <message>
        <source>Marketing consent: %1</source>
        <translation>Consentimento de marketing: %1</translation>
    </message>
    <message>
        <source>Placed an order (%1)</source>
        <translation>Fez um pedido (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Purchased %n item(s) (%1)</source>
        <translation>
            <numerusform>Comprou %n item (%1)</numerusform>
            <numerusform>Comprou %n itens (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Viu um produto</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>Viu %1</translation>
    </message>
    <message>
        <source>Visited a store</source>
        <translation>Visitou uma loja</translation>
    </message>
    <message>
        <source>Visited store %1</source>
        <translation>Visitou a loja %1</translation>
    </message>
    <message>
        <source>; interested in %1</source>
        <translation>; interesse em %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Adicionou %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removeu %1</translation>
    </message>
    <message>
        <source>Viewed a web page</source>
        <translation>Visitou uma página do site</translation>
    </message>
    <message>
        <source>Viewed page &quot;%1&quot;</source>
        <translation>Visitou a página &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Was sent email</source>
        <translation>Recebeu um e-mail</translation>
    </message>
    <message>
        <source>Was sent email &quot;%1&quot;</source>
        <translation>Recebeu o e-mail &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Opened email</source>
        <translation>Abriu um e-mail</translation>
    </message>
    <message>
        <source>Opened email &quot;%1&quot;</source>
        <translation>Abriu o e-mail &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clicked a link in email</source>
        <translation>Clicou em um link de um e-mail</translation>
    </message>
    <message>
        <source>Clicked a link in email &quot;%1&quot;</source>
        <translation>Clicou em um link do e-mail &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Email delivered</source>
        <translation>E-mail entregue</translation>
    </message>
    <message>
        <source>Email delivered &quot;%1&quot;</source>
        <translation>E-mail &quot;%1&quot; entregue</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>E-mail não entregue</translation>
    </message>
    <message>
        <source>Email bounced &quot;%1&quot;</source>
        <translation>E-mail &quot;%1&quot; não entregue</translation>
    </message>
    <message>
        <source>Was sent an SMS</source>
        <translation>Recebeu um SMS</translation>
    </message>
    <message>
        <source>Was sent an SMS: %1</source>
        <translation>Recebeu um SMS: %1</translation>
    </message>
    <message>
        <source>Replied by SMS</source>
        <translation>Respondeu por SMS</translation>
    </message>
    <message>
        <source>Clicked a link in an SMS</source>
        <translation>Clicou em um link de um SMS</translation>
    </message>
    <message>
        <source>Started a cart</source>
        <translation>Criou um carrinho</translation>
    </message>
    <message>
        <source>Started a cart with %1</source>
        <translation>Criou um carrinho com %1</translation>
    </message>
    <message>
        <source>Looked at the cart</source>
        <translation>Olhou o carrinho</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Iniciou a finalização da compra</translation>
    </message>
    <message>
        <source>Started checkout: %1</source>
        <translation>Iniciou a finalização da compra: %1</translation>
    </message>
    <message>
        <source>Was sent a push notification</source>
        <translation>Recebeu uma notificação push</translation>
    </message>
    <message>
        <source>Opened a push notification</source>
        <translation>Abriu uma notificação push</translation>
    </message>
    <message>
        <source>Acted on a push notification</source>
        <translation>Interagiu com uma notificação push</translation>
    </message>
    <message>
        <source>Opened the app</source>
        <translation>Abriu o app</translation>
    </message>
    <message>
        <source>Bot conversation, handed over to an agent</source>
        <translation>Conversa com o bot, transferida para um agente</translation>
    </message>
    <message>
        <source>Bot conversation, resolved by the bot</source>
        <translation>Conversa com o bot, resolvida pelo bot</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>Conversa com o bot</translation>
    </message>
    <message>
        <source>Chat, handed over to another team</source>
        <translation>Chat, transferido para outra equipe</translation>
    </message>
    <message>
        <source>Chat with an agent</source>
        <translation>Chat com um agente</translation>
    </message>
    <message>
        <source>; follow up by %1 on %2</source>
        <translation>; retorno por %1 em %2</translation>
    </message>
    <message>
        <source>Purchase intent: %1 (%2)</source>
        <translation>Intenção de compra: %1 (%2)</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>Resultado da ligação: %1</translation>
    </message>
    <message>
        <source>Store visit: %1</source>
        <translation>Visita à loja: %1</translation>
    </message>
    <message>
        <source>Accepted recommendation: %1</source>
        <translation>Recomendação aceita: %1</translation>
    </message>
    <message>
        <source>Dismissed recommendation: %1 (%2)</source>
        <translation>Recomendação descartada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 não contém nenhum certificado PEM (um arquivo de texto que começa com -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido até %2</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for %1, not for %2.</source>
        <translation>O certificado do serviço é para %1, não para %2.</translation>
    </message>
    <message>
        <source>Use the address the certificate names, or ask the service&apos;s administrator for a certificate that includes %1.</source>
        <translation>Use o endereço indicado no certificado ou peça ao administrador do serviço um certificado que inclua %1.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate expired on %1.</source>
        <translation>O certificado do serviço expirou em %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator to renew the certificate.</source>
        <translation>Peça ao administrador do serviço para renovar o certificado.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is valid only from %1.</source>
        <translation>O certificado do serviço só é válido a partir de %1.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, or ask the service&apos;s administrator.</source>
        <translation>Verifique a data e a hora deste computador ou fale com o administrador do serviço.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was not issued by a certificate authority this computer trusts.</source>
        <translation>O certificado do serviço não foi emitido por uma autoridade certificadora em que este computador confia.</translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, ask IT for its CA certificate (a PEM file) and choose it under &quot;Trust a company CA certificate&quot;. Otherwise ask the service&apos;s administrator.</source>
        <translation>Se a sua empresa usa uma autoridade certificadora própria, peça à TI o certificado dessa AC (um arquivo PEM) e escolha-o em &quot;Confiar em um certificado de AC da empresa&quot;. Caso contrário, fale com o administrador do serviço.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was refused: %1.</source>
        <translation>O certificado do serviço foi recusado: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator.</source>
        <translation>Fale com o administrador do serviço.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused.</source>
        <translation>Conexão segura com %1 recusada.</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by: %2.</source>
        <translation>Certificado: %1; emitido por: %2.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed.</source>
        <translation>A conexão segura com %1 falhou.</translation>
    </message>
    <message>
        <source>Check that the address is right: https:// or wss:// only when the service runs with TLS, http:// or ws:// otherwise.</source>
        <translation>Verifique se o endereço está certo: https:// ou wss:// só quando o serviço usa TLS; caso contrário, http:// ou ws://.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>omnidesk: unknown language &quot;%1&quot; (available: %2)</source>
        <translation>omnidesk: idioma desconhecido &quot;%1&quot; (disponíveis: %2)</translation>
    </message>
    <message>
        <source>Omnidesk agent desktop</source>
        <translation>Omnidesk, área de trabalho do agente</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from the OMNIDESK_PASSWORD environment variable.</source>
        <translation>Entra como NAME sem a janela de login; a senha é lida da variável de ambiente OMNIDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Folder of the local outcome outbox.</source>
        <translation>Pasta da fila local de resultados.</translation>
    </message>
    <message>
        <source>Language of the desktop (en, de, es, nl, pt_BR); default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>Idioma da área de trabalho (en, de, es, nl, pt_BR); padrão: o escolhido nas configurações ou, se não houver, o do sistema.</translation>
    </message>
    <message>
        <source>Light, dark or the system&apos;s look: light, dark or system; default: the one chosen in the settings.</source>
        <translation>Aparência clara, escura ou a do sistema: light, dark ou system; padrão: a escolhida nas configurações.</translation>
    </message>
    <message>
        <source>An omnidesk:// link to open: omnidesk://customer/&lt;id&gt; or omnidesk://call?ani=&lt;phone number&gt;. When Omnidesk already runs, the link goes to that window.</source>
        <translation>Um link omnidesk:// para abrir: omnidesk://customer/&lt;id&gt; ou omnidesk://call?ani=&lt;telefone&gt;. Se o Omnidesk já estiver aberto, o link vai para essa janela.</translation>
    </message>
    <message>
        <source>omnidesk: --theme must be light, dark or system</source>
        <translation>omnidesk: --theme deve ser light, dark ou system</translation>
    </message>
    <message>
        <source>omnidesk: give at most one link</source>
        <translation>omnidesk: informe no máximo um link</translation>
    </message>
    <message>
        <source>omnidesk: Omnidesk is already running but did not answer</source>
        <translation>omnidesk: o Omnidesk já está aberto, mas não respondeu</translation>
    </message>
    <message>
        <source>Profile service address (https://, wss://, or http://, ws:// without TLS); default: the address of the last sign-in, else ws://127.0.0.1:8477.</source>
        <translation>Endereço do serviço de perfis (https://, wss:// ou, sem TLS, http://, ws://); padrão: o endereço do último login, senão ws://127.0.0.1:8477.</translation>
    </message>
    <message>
        <source>omnidesk: --server must be an https://, wss://, http:// or ws:// URL</source>
        <translation>omnidesk: --server deve ser uma URL https://, wss://, http:// ou ws://</translation>
    </message>
</context>
<context>
    <name>omnidesk::CandidateModel</name>
    <message>
        <source>Phone number matches</source>
        <translation>O telefone corresponde</translation>
    </message>
    <message>
        <source>Email address matches</source>
        <translation>O e-mail corresponde</translation>
    </message>
    <message>
        <source>Customer id matches</source>
        <translation>O id do cliente corresponde</translation>
    </message>
    <message>
        <source>Name contains “%1”</source>
        <translation>O nome contém “%1”</translation>
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
        <translation>vazio</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n item, %1</numerusform>
            <numerusform>%n itens, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrinho</translation>
    </message>
    <message>
        <source>Matched because</source>
        <translation>Motivo da correspondência</translation>
    </message>
</context>
<context>
    <name>omnidesk::CartModel</name>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
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
        <translation>O login salvo expirou; entre novamente.</translation>
    </message>
    <message>
        <source>Signing in with the saved sign-in…</source>
        <translation>Entrando com o login salvo…</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keychain: %1</source>
        <translation>Não foi possível remover o login salvo do chaveiro: %1</translation>
    </message>
    <message>
        <source>Service reported a problem: %1</source>
        <translation>O serviço informou um problema: %1</translation>
    </message>
    <message>
        <source>Not connected: the state cannot be changed now.</source>
        <translation>Sem conexão: não é possível mudar o estado agora.</translation>
    </message>
    <message>
        <source>the local outcome store cannot be written</source>
        <translation>não é possível gravar no armazenamento local de resultados</translation>
    </message>
    <message>
        <source>The local outcome store cannot be written.</source>
        <translation>Não é possível gravar no armazenamento local de resultados.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Sem conexão: a pesquisa volta a funcionar quando a conexão for restabelecida.</translation>
    </message>
    <message>
        <source>Offline: the profile opens once the connection is back.</source>
        <translation>Sem conexão: o perfil abre quando a conexão for restabelecida.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>um número desconhecido</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Chamada de %1</translation>
    </message>
    <message>
        <source>The link opens as soon as you are signed in.</source>
        <translation>O link será aberto assim que você entrar.</translation>
    </message>
    <message>
        <source>offline; try again once the connection is back</source>
        <translation>sem conexão; tente de novo quando a conexão voltar</translation>
    </message>
    <message>
        <source>Save the call&apos;s outcome first; then open the other customer again.</source>
        <translation>Salve primeiro o resultado da chamada; depois abra o outro cliente de novo.</translation>
    </message>
    <message>
        <source>offline; the floor shows the last known states</source>
        <translation>desconectado; a equipe mostra os últimos estados conhecidos</translation>
    </message>
</context>
<context>
    <name>omnidesk::FloorModel</name>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Em chamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Pós-atendimento</translation>
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
        <translation>%1, loja</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>em chamada</translation>
    </message>
    <message>
        <source>on a call for %1</source>
        <translation>em chamada há %1</translation>
    </message>
    <message>
        <source>⚠ over by %1</source>
        <translation>⚠ excedido em %1</translation>
    </message>
    <message>
        <source>⚠ extended, ends in %1</source>
        <translation>⚠ prorrogado, termina em %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina em %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>No estado</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>%1 available · %2 on a call · %3 in wrap-up</source>
        <translation>%1 disponíveis · %2 em chamada · %3 em pós-atendimento</translation>
    </message>
    <message numerus="yes">
        <source> (%n needing attention)</source>
        <translation>
            <numerusform> (%n precisa de atenção)</numerusform>
            <numerusform> (%n precisam de atenção)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on break · %2 offline</source>
        <translation> · %1 em pausa · %2 desconectados</translation>
    </message>
    <message>
        <source>%1 (connection lost)</source>
        <translation>%1 (conexão perdida)</translation>
    </message>
</context>
<context>
    <name>omnidesk::InstanceGuard</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Não foi possível criar o arquivo de bloqueio %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts of Omnidesk: %1</source>
        <translation>Não é possível aguardar outras aberturas do Omnidesk: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::InteractionLogModel</name>
    <message>
        <source>none shown</source>
        <translation>nenhum exibido</translation>
    </message>
    <message>
        <source>%1 shown, %2 accepted, %3 dismissed</source>
        <translation>%1 exibidos, %2 aceitos, %3 descartados</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
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
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Revealed for you; your reason is in the audit log</source>
        <translation>Revelado para você; seu motivo está no log de auditoria</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, or the service did not see the call</source>
        <translation>Não registrado: uma visita à loja, ou o serviço não viu a chamada</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (mascarado)</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Tempo de atendimento</translation>
    </message>
    <message>
        <source>Masked; Reveal customer… (Ctrl+Shift+V) shows the name</source>
        <translation>Mascarado; Revelar cliente… (Ctrl+Shift+V) mostra o nome</translation>
    </message>
    <message>
        <source>From the call reaching the agent to the outcome being logged</source>
        <translation>Da chamada chegar ao agente até o registro do resultado</translation>
    </message>
    <message>
        <source>From the end of the call to the outcome being logged; part of the handle time</source>
        <translation>Do fim da chamada até o registro do resultado; parte do tempo de atendimento</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, an outcome logged before this was measured, or the call&apos;s end is not known</source>
        <translation>Não registrado: uma visita à loja, um resultado registrado antes desta medição, ou o fim da chamada não é conhecido</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Pós-atendimento</translation>
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
        <translation>E-mail</translation>
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
        <translation>Loja</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
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
        <translation>O que aconteceu</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::CredentialStore</name>
    <message>
        <source>No saved sign-in was found on this computer.</source>
        <translation>Nenhum login salvo foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>No keychain is available, so Omnidesk cannot remember your sign-in.</source>
        <translation>Não há chaveiro disponível, então o Omnidesk não pode lembrar o seu login.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the saved sign-in could not be used.</source>
        <translation>O chaveiro não respondeu a tempo, então o login salvo não pôde ser usado.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Não foi possível usar o chaveiro.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>O chaveiro recusou o acesso; talvez esteja bloqueado.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::OutboxStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Não foi possível criar a pasta %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ProfileClient</name>
    <message>
        <source>The server address is not a ws:// or wss:// URL.</source>
        <translation>O endereço do servidor não é uma URL ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The server does not speak the Omnidesk protocol (omnidesk.v1).</source>
        <translation>O servidor não usa o protocolo do Omnidesk (omnidesk.v1).</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password.</source>
        <translation>Falha no login. Confira o usuário e a senha.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ReportClient</name>
    <message>
        <source>the service sent no report</source>
        <translation>o serviço não enviou um relatório</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the service sent no audit entries</source>
        <translation>o serviço não enviou entradas de auditoria</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation>não foi possível ler a resposta do serviço</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AboutDialog</name>
    <message>
        <source>About Omnidesk</source>
        <translation>Sobre o Omnidesk</translation>
    </message>
    <message>
        <source>Omnidesk logo</source>
        <translation>Logotipo do Omnidesk</translation>
    </message>
    <message>
        <source>The contact-center agent desktop: the caller&apos;s profile, live cart and next step at a glance, and every outcome saved exactly once.</source>
        <translation>A área de trabalho do agente de central de atendimento: o perfil de quem liga, o carrinho ao vivo e o próximo passo num relance, e cada resultado salvo exatamente uma vez.</translation>
    </message>
    <message>
        <source>Omnidesk is distributed under the licence in the LICENSE file that comes with it. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>O Omnidesk é distribuído sob a licença do arquivo LICENSE que o acompanha. Ele usa o toolkit Qt sob a GNU LGPL versão 3.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado com %2)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AuditView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Carregar anteriores</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data, when and why.</source>
        <translation>Quem buscou, viu, exportou ou revelou dados de clientes, quando e por quê.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoria</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>O log de auditoria está vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries</source>
        <translation>
            <numerusform>Mostrando a %n entrada mais recente</numerusform>
            <numerusform>Mostrando as %n entradas mais recentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Não foi possível carregar: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallView</name>
    <message>
        <source>Found by the agent with a lookup</source>
        <translation>Encontrado pelo agente numa pesquisa</translation>
    </message>
    <message>
        <source>Picked by the agent from the matching customers</source>
        <translation>Escolhido pelo agente entre os clientes correspondentes</translation>
    </message>
    <message>
        <source>Looked up in the store</source>
        <translation>Pesquisado na loja</translation>
    </message>
    <message>
        <source>Merged with another profile of the same customer</source>
        <translation>Mesclado com outro perfil do mesmo cliente</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallerHeader</name>
    <message>
        <source>Caller name</source>
        <translation>Nome de quem liga</translation>
    </message>
    <message>
        <source>Caller phone number (masked)</source>
        <translation>Telefone de quem liga (mascarado)</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Categoria do cliente</translation>
    </message>
    <message>
        <source>Caller match</source>
        <translation>Identificação de quem liga</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id da chamada</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado da chamada</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Matched by phone number</source>
        <translation>Identificado pelo telefone</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Número privado</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chamada %1</translation>
    </message>
    <message>
        <source>On call since %1</source>
        <translation>Em chamada desde %1</translation>
    </message>
    <message>
        <source>Call ended at %1 — wrap-up</source>
        <translation>Chamada encerrada às %1 — pós-atendimento</translation>
    </message>
    <message>
        <source>Consents and customer value</source>
        <translation>Consentimentos e valor do cliente</translation>
    </message>
    <message>
        <source>Several customers share this number</source>
        <translation>Vários clientes têm este número</translation>
    </message>
    <message numerus="yes">
        <source>%n possible customers: pick the caller (Ctrl+Shift+L)</source>
        <translation>
            <numerusform>%n cliente possível: escolha quem está ligando (Ctrl+Shift+L)</numerusform>
            <numerusform>%n clientes possíveis: escolha quem está ligando (Ctrl+Shift+L)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer profile matches this number; look the customer up (Ctrl+Shift+L)</source>
        <translation>Nenhum perfil de cliente corresponde a este número; pesquise o cliente (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Atendimento na loja</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sem telefone</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Valor total %1</translation>
    </message>
    <message>
        <source>Last purchase %1</source>
        <translation>Última compra em %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Marketing consent — email: %1, SMS: %2, phone: %3</source>
        <translation>Consentimento de marketing — e-mail: %1, SMS: %2, telefone: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Carrinho</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>O carrinho está vazio.</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Itens do carrinho</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Total do carrinho</translation>
    </message>
    <message>
        <source>Cart data age</source>
        <translation>Idade dos dados do carrinho</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandono do carrinho</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 itens</translation>
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
        <translation>Atualizado %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::DataAgeLabel</name>
    <message>
        <source>Updated %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sem conexão</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::ExportDialog</name>
    <message>
        <source>Show customer &amp;names</source>
        <translation>Mostrar &amp;nomes dos clientes</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Exportar atendimentos</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Arquivo a salvar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Escolher o arquivo numa janela de arquivos</translation>
    </message>
    <message>
        <source>Names are masked to initials unless you show them and give a reason, which is audited</source>
        <translation>Os nomes ficam mascarados como iniciais, a menos que você os mostre e informe um motivo, que é auditado</translation>
    </message>
    <message>
        <source>why you need the names (recorded in the audit log)</source>
        <translation>por que você precisa dos nomes (registrado no log de auditoria)</translation>
    </message>
    <message>
        <source>Reason for showing names</source>
        <translation>Motivo para mostrar os nomes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to save the export in.</source>
        <translation>Escolha um arquivo para salvar a exportação.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to show names.</source>
        <translation>
            <numerusform>Informe um motivo de pelo menos %n caractere para mostrar os nomes.</numerusform>
            <numerusform>Informe um motivo de pelo menos %n caracteres para mostrar os nomes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer names are exported as initials; phone numbers and email addresses in the notes are masked.</source>
        <translation>Os nomes dos clientes são exportados como iniciais; telefones e endereços de e-mail nas observações ficam mascarados.</translation>
    </message>
    <message>
        <source>Names and notes are exported as written; your reason is recorded in the audit log.</source>
        <translation>Nomes e observações são exportados como escritos; seu motivo fica registrado no log de auditoria.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::FloorView</name>
    <message>
        <source>Live floor</source>
        <translation>Equipe ao vivo</translation>
    </message>
    <message>
        <source>Floor summary</source>
        <translation>Resumo da equipe</translation>
    </message>
    <message>
        <source>Agents on the floor</source>
        <translation>Agentes em atendimento</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>Ainda não há agentes.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Not live: %1</source>
        <translation>Não está ao vivo: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LatelyStrip</name>
    <message>
        <source>What happened lately</source>
        <translation>O que aconteceu recentemente</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Recentemente</translation>
    </message>
    <message>
        <source>Nothing in the last two weeks.</source>
        <translation>Nada nas últimas duas semanas.</translation>
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
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Abrir perfil</translation>
    </message>
    <message>
        <source>Phone, email, name or customer id</source>
        <translation>Telefone, e-mail, nome ou id do cliente</translation>
    </message>
    <message>
        <source>Search for a customer</source>
        <translation>Pesquisar um cliente</translation>
    </message>
    <message>
        <source>Type a phone number, an email address, part of a name or a customer id, then press Enter</source>
        <translation>Digite um telefone, um e-mail, parte de um nome ou um id de cliente e pressione Enter</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Situação da pesquisa</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Search by phone number, email address, name or customer id.</source>
        <translation>Pesquise por telefone, e-mail, nome ou id do cliente.</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>Quem está ligando?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) share this phone number. Ask the caller&apos;s name, then pick the profile.</source>
        <translation>
            <numerusform>%n cliente tem este telefone. Pergunte o nome de quem liga e escolha o perfil.</numerusform>
            <numerusform>%n clientes têm este telefone. Pergunte o nome de quem liga e escolha o perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type what you know about the customer first.</source>
        <translation>Primeiro digite o que você sabe sobre o cliente.</translation>
    </message>
    <message>
        <source>Type at least 2 characters of the name.</source>
        <translation>Digite pelo menos 2 caracteres do nome.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Sem conexão: a pesquisa volta a funcionar quando a conexão for restabelecida.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number or email address.</source>
        <translation>Nenhum cliente encontrado. Confira a grafia ou tente o telefone ou o e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n cliente encontrado. Enter abre o selecionado.</numerusform>
            <numerusform>%n clientes encontrados. Enter abre o selecionado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost before the answer came; search again when it is back.</source>
        <translation>A conexão caiu antes da resposta; pesquise de novo quando ela voltar.</translation>
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
        <translation>Aguardando chamadas</translation>
    </message>
    <message>
        <source>The caller&apos;s profile opens here as soon as a call is routed to you.</source>
        <translation>O perfil de quem liga abre aqui assim que uma chamada for direcionada a você.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Encerrar sessão</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in on this computer (%1)</source>
        <translation>Encerra a sessão e esquece o login salvo neste computador (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Disponível</translation>
    </message>
    <message>
        <source>Ready for the next call</source>
        <translation>Pronto para a próxima chamada</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Away for a while</source>
        <translation>Ausente por um tempo</translation>
    </message>
    <message>
        <source>&amp;Extend wrap-up</source>
        <translation>&amp;Estender pós-atendimento</translation>
    </message>
    <message>
        <source>More time to finish the outcome (once per call)</source>
        <translation>Mais tempo para concluir o resultado (uma vez por chamada)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Omnidesk</source>
        <translation>&amp;Sobre o Omnidesk</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Estado do agente</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Ícone do estado da conexão</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>Signed-in agent</source>
        <translation>Agente conectado</translation>
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
        <translation>Pós-atendimento %1:%2</translation>
    </message>
    <message>
        <source>Connecting to the profile service…</source>
        <translation>Conectando ao serviço de perfis…</translation>
    </message>
    <message>
        <source>Not connected. Calls cannot reach you until you sign in.</source>
        <translation>Sem conexão. As chamadas só chegam até você depois que você entrar.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sem login</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
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
        <translation>Encontrar um cliente por telefone, e-mail, nome ou id do cliente</translation>
    </message>
    <message>
        <source>Serve a walk-in customer</source>
        <translation>Atender um cliente na loja</translation>
    </message>
    <message>
        <source>Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online cart and record what they mean to buy.</source>
        <translation>Pesquise o cliente por telefone, e-mail ou nome (Ctrl+Shift+L) para ver o carrinho on-line e registrar o que ele pretende comprar.</translation>
    </message>
    <message>
        <source>&amp;Interaction log</source>
        <translation>&amp;Registro de atendimentos</translation>
    </message>
    <message>
        <source>Back to the interaction log (supervisors)</source>
        <translation>Voltar ao registro de atendimentos (supervisores)</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Registro de atendimentos</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Recuperação de carrinhos</translation>
    </message>
    <message>
        <source>Cart &amp;recovery</source>
        <translation>Recuperação de &amp;carrinhos</translation>
    </message>
    <message>
        <source>How many abandoned carts were bought within 30 days (supervisors)</source>
        <translation>Quantos carrinhos abandonados foram comprados em até 30 dias (supervisores)</translation>
    </message>
    <message>
        <source>Live floor</source>
        <translation>Equipe ao vivo</translation>
    </message>
    <message>
        <source>Live &amp;floor</source>
        <translation>&amp;Equipe ao vivo</translation>
    </message>
    <message>
        <source>Every agent&apos;s state, call and wrap-up, live (supervisors)</source>
        <translation>Estado, chamada e pós-atendimento de cada agente, ao vivo (supervisores)</translation>
    </message>
    <message>
        <source>E&amp;xport interaction log…</source>
        <translation>E&amp;xportar registro de atendimentos…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (supervisors)</source>
        <translation>Salvar os atendimentos que correspondem aos filtros como CSV (supervisores)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Log de au&amp;ditoria</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data (supervisors)</source>
        <translation>Quem buscou, viu, exportou ou revelou dados de clientes (supervisores)</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Resultados e recomendações</translation>
    </message>
    <message>
        <source>&amp;Outcomes and recommendations</source>
        <translation>Resultad&amp;os e recomendações</translation>
    </message>
    <message>
        <source>Outcomes per day by disposition and how often each recommendation was accepted (supervisors)</source>
        <translation>Resultados por dia por tabulação e com que frequência cada recomendação foi aceita (supervisores)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::NextStepPanel</name>
    <message>
        <source>Recommended next step</source>
        <translation>Próximo passo recomendado</translation>
    </message>
    <message>
        <source>Why this step is recommended</source>
        <translation>Por que este passo é recomendado</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Pontos de conversa</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Dismiss step</source>
        <translation>Descartar passo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Recommended next steps, highest priority first</source>
        <translation>Próximos passos recomendados, do mais prioritário ao menos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it</source>
        <translation>Ctrl+Shift+Y aceita o passo selecionado, Ctrl+Shift+D o descarta</translation>
    </message>
    <message>
        <source>Accept the selected step (Ctrl+Shift+Y)</source>
        <translation>Aceitar o passo selecionado (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Accept step</source>
        <translation>Aceitar passo</translation>
    </message>
    <message>
        <source>Dismiss the selected step with a reason (Ctrl+Shift+D)</source>
        <translation>Descartar o passo selecionado com um motivo (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Why is this step not right? Enter to confirm, Esc to cancel</source>
        <translation>Por que este passo não serve? Enter confirma, Esc cancela</translation>
    </message>
    <message>
        <source>Reason for dismissing the step</source>
        <translation>Motivo para descartar o passo</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>Cliente sem interesse</translation>
    </message>
    <message>
        <source>Not relevant for this customer</source>
        <translation>Não se aplica a este cliente</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Já foi feito</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>O cliente pediu para não ser contatado</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n em aberto</numerusform>
            <numerusform>%n em aberto</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation for this customer.</source>
        <translation>Nenhuma recomendação para este cliente.</translation>
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
        <translation>Resultados e recomendações</translation>
    </message>
    <message>
        <source>Outcomes logged from</source>
        <translation>Resultados registrados de</translation>
    </message>
    <message>
        <source>Outcomes logged until (inclusive)</source>
        <translation>Resultados registrados até (inclusive)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>qualquer agente</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID do agente</translation>
    </message>
    <message>
        <source>Count the outcomes and decisions of this period</source>
        <translation>Contar os resultados e as decisões deste período</translation>
    </message>
    <message>
        <source>When these charts were loaded</source>
        <translation>Quando estes gráficos foram carregados</translation>
    </message>
    <message>
        <source>Outcomes status</source>
        <translation>Estado dos resultados</translation>
    </message>
    <message>
        <source>Acceptance status</source>
        <translation>Estado da aceitação</translation>
    </message>
    <message>
        <source>Outcomes over time by disposition</source>
        <translation>Resultados ao longo do tempo por tabulação</translation>
    </message>
    <message>
        <source>Outcomes logged per day</source>
        <translation>Resultados registrados por dia</translation>
    </message>
    <message>
        <source>Acceptance rate per recommendation</source>
        <translation>Taxa de aceitação por recomendação</translation>
    </message>
    <message>
        <source>Accepted of shown, per recommendation</source>
        <translation>Aceitas das mostradas, por recomendação</translation>
    </message>
    <message>
        <source>Recommendations shown, accepted and dismissed</source>
        <translation>Recomendações mostradas, aceitas e descartadas</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostradas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartadas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No outcome was logged in this period.</source>
        <translation>Nenhum resultado foi registrado neste período.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by week.</source>
        <translation>
            <numerusform>%n resultado registrado neste período, contado por semana.</numerusform>
            <numerusform>%n resultados registrados neste período, contados por semana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by day.</source>
        <translation>
            <numerusform>%n resultado registrado neste período, contado por dia.</numerusform>
            <numerusform>%n resultados registrados neste período, contados por dia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes logged per week</source>
        <translation>Resultados registrados por semana</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semana de %1</translation>
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
        <translation>Não foi possível carregar os resultados: %1</translation>
    </message>
    <message>
        <source>No recommendation was shown in this period.</source>
        <translation>Nenhuma recomendação foi mostrada neste período.</translation>
    </message>
    <message>
        <source>Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.</source>
        <translation>Das %1 recomendações mostradas, %2 foram aceitas (%3) e %4 descartadas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taxa de aceitação</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 de %4)</translation>
    </message>
    <message>
        <source>Could not load the acceptance: %1</source>
        <translation>Não foi possível carregar a aceitação: %1</translation>
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
        <translation>Salvar resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>Escolha uma tabulação…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Tabulação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>What was agreed, what to follow up…</source>
        <translation>O que foi combinado, o que acompanhar…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>A&amp;notações</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Return)</source>
        <translation>Salvar resultado (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation>Situação do resultado</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Escolha uma tabulação primeiro.</translation>
    </message>
    <message>
        <source>Saved locally — sending…</source>
        <translation>Salvo localmente — enviando…</translation>
    </message>
    <message>
        <source>Saved locally — will be sent when the connection is back.</source>
        <translation>Salvo localmente — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Stored in profile (#%1)</source>
        <translation>Gravado no perfil (nº %1)</translation>
    </message>
    <message>
        <source>Stored in profile</source>
        <translation>Gravado no perfil</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Purchase &amp;intent</source>
        <translation>&amp;Intenção de compra</translation>
    </message>
    <message>
        <source>Purchase intent: cart lines the customer means to buy</source>
        <translation>Intenção de compra: itens do carrinho que o cliente pretende comprar</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation>A barra de espaço marca ou desmarca o item selecionado</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Agendar um retorno</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data do retorno</translation>
    </message>
    <message>
        <source>Follow-up channel</source>
        <translation>Canal do retorno</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Follow &amp;up</source>
        <translation>Agendar &amp;retorno</translation>
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
        <translation>Recuperação de carrinhos</translation>
    </message>
    <message>
        <source>Carts abandoned from</source>
        <translation>Carrinhos abandonados de</translation>
    </message>
    <message>
        <source>Carts abandoned until (inclusive)</source>
        <translation>Carrinhos abandonados até (inclusive)</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Taxa de recuperação</translation>
    </message>
    <message>
        <source>Recovery rate by contact</source>
        <translation>Taxa de recuperação por contato</translation>
    </message>
    <message>
        <source>Recovered within 30 days, by contact</source>
        <translation>Recuperados em até 30 dias, por contato</translation>
    </message>
    <message>
        <source>Recovery by recommendation and by agent</source>
        <translation>Recuperação por recomendação e por agente</translation>
    </message>
    <message>
        <source>Accepted recommendation / agent</source>
        <translation>Recomendação aceita / agente</translation>
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
        <translation>Taxa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Call, recommendation accepted</source>
        <translation>Chamada, recomendação aceita</translation>
    </message>
    <message>
        <source>Call, none accepted</source>
        <translation>Chamada, nenhuma aceita</translation>
    </message>
    <message>
        <source>Email only</source>
        <translation>Somente e-mail</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sem contato</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No cart was abandoned in this period.</source>
        <translation>Nenhum carrinho foi abandonado neste período.</translation>
    </message>
    <message>
        <source>%1 of %2 abandoned carts were bought within %3 days: %4.</source>
        <translation>%1 de %2 carrinhos abandonados foram comprados em até %3 dias: %4.</translation>
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
        <translation>nenhum neste período</translation>
    </message>
    <message>
        <source>By accepted recommendation</source>
        <translation>Por recomendação aceita</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Não foi possível carregar: %1</translation>
    </message>
    <message>
        <source>When this report was loaded</source>
        <translation>Quando este relatório foi carregado</translation>
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
        <translation>O nome do cliente está mascarado no registro de interações.</translation>
    </message>
    <message>
        <source>The customer is shown masked as “%1” in the interaction log.</source>
        <translation>O cliente aparece mascarado como “%1” no registro de interações.</translation>
    </message>
    <message>
        <source>why you need the name (recorded in the audit log)</source>
        <translation>por que você precisa do nome (registrado no log de auditoria)</translation>
    </message>
    <message>
        <source>Reason for revealing the customer</source>
        <translation>Motivo para revelar o cliente</translation>
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
        <translation>O nome é mostrado para esta interação; seu motivo fica registrado no log de auditoria.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to reveal the name.</source>
        <translation>
            <numerusform>Informe um motivo de pelo menos %n caractere para revelar o nome.</numerusform>
            <numerusform>Informe um motivo de pelo menos %n caracteres para revelar o nome.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop &amp;notification for an incoming call</source>
        <translation>Mostrar uma &amp;notificação na área de trabalho ao receber uma chamada</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Profile service address</source>
        <translation>Endereço do serviço de perfis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time Omnidesk starts.</source>
        <translation>Um novo idioma passa a valer na próxima vez que o Omnidesk for aberto.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Applies at once. &quot;Same as the system&quot; follows the light or dark setting of the desktop environment.</source>
        <translation>Vale imediatamente. &quot;Igual ao sistema&quot; segue a configuração clara ou escura do ambiente de trabalho.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificações na área de trabalho</translation>
    </message>
    <message>
        <source>Shows a notification when a call arrives while the Omnidesk window is not in front.</source>
        <translation>Mostra uma notificação quando chega uma chamada e a janela do Omnidesk não está em primeiro plano.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Profile &amp;service:</source>
        <translation>&amp;Serviço de perfis:</translation>
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
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Go to the cart</source>
        <translation>Ir para o carrinho</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Ir para a linha do tempo</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Pesquisar na linha do tempo</translation>
    </message>
    <message>
        <source>Go to the outcome&apos;s disposition</source>
        <translation>Ir para a tabulação do resultado</translation>
    </message>
    <message>
        <source>Go to the outcome notes</source>
        <translation>Ir para as anotações do resultado</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Salvar o resultado</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Não foi possível salvar as configurações.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>The address used from the next start, as https://host:port or wss://host:port (http:// or ws:// without TLS). The sign-in window can change it too.</source>
        <translation>O endereço usado a partir do próximo início, como https://host:porta ou wss://host:porta (http:// ou ws:// sem TLS). A janela de login também pode alterá-lo.</translation>
    </message>
    <message>
        <source>Trusted company CA certificate</source>
        <translation>Certificado confiável da AC da empresa</translation>
    </message>
    <message>
        <source>None: only the certificate authorities the system trusts</source>
        <translation>Nenhum: só as autoridades certificadoras em que o sistema confia</translation>
    </message>
    <message>
        <source>Trust a company CA certificate</source>
        <translation>Confiar em um certificado de AC da empresa</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority.</source>
        <translation>Escolha o arquivo PEM da autoridade certificadora da sua empresa.</translation>
    </message>
    <message>
        <source>Stop trusting the company CA certificate</source>
        <translation>Deixar de confiar no certificado da AC da empresa</translation>
    </message>
    <message>
        <source>Certificates it issued are trusted in addition to the system&apos;s, from the next sign-in. Certificate checks are always on.</source>
        <translation>Os certificados emitidos por ela passam a ser confiáveis, além dos do sistema, a partir do próximo login. A verificação de certificados está sempre ativa.</translation>
    </message>
    <message>
        <source>Trust a &amp;company CA:</source>
        <translation>Confiar na A&amp;C da empresa:</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Certificado da AC da empresa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Informe o endereço do servidor como https://host:porta ou wss://host:porta (http:// ou ws:// quando o serviço roda sem TLS).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Lembrar de mim neste computador</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in to Omnidesk</source>
        <translation>Entrar no Omnidesk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Lembrar de mim neste computador</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you are signed in at the next start. The password is never stored.</source>
        <translation>Guarda um token de login no chaveiro do sistema para que você entre automaticamente na próxima abertura. A senha nunca é armazenada.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erro de login</translation>
    </message>
    <message>
        <source>Sign in to the profile service</source>
        <translation>Entre no serviço de perfis</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Informe seu usuário e sua senha.</translation>
    </message>
    <message>
        <source>&amp;Trust a company CA certificate…</source>
        <translation>&amp;Confiar em um certificado de AC da empresa…</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Aviso de login</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority. Omnidesk then trusts certificates it issued, in addition to those the system trusts.</source>
        <translation>Escolha o arquivo PEM da autoridade certificadora da sua empresa. O Omnidesk passa a confiar nos certificados emitidos por ela, além daqueles em que o sistema confia.</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Certificado da AC da empresa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Now trusting %1. Sign in again.</source>
        <translation>Agora confiando em %1. Faça login novamente.</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Informe o endereço do servidor como https://host:porta ou wss://host:porta (http:// ou ws:// quando o serviço roda sem TLS).</translation>
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
        <translation>Carregar mais</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Registro de atendimentos</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Data final (inclusive)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>qualquer agente</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID do agente</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>any recommendation id</source>
        <translation>qualquer ID de recomendação</translation>
    </message>
    <message>
        <source>Recommendation id</source>
        <translation>ID da recomendação</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>aceito ou não</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Decision on the recommendation</source>
        <translation>Decisão sobre a recomendação</translation>
    </message>
    <message>
        <source>text in the notes</source>
        <translation>texto nas notas</translation>
    </message>
    <message>
        <source>Text in the notes</source>
        <translation>Texto nas notas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Logged interactions</source>
        <translation>Atendimentos registrados</translation>
    </message>
    <message>
        <source>What the agent saw</source>
        <translation>O que o agente viu</translation>
    </message>
    <message>
        <source>Select an interaction to see what the agent saw.</source>
        <translation>Selecione um atendimento para ver o que o agente viu.</translation>
    </message>
    <message>
        <source>any disposition</source>
        <translation>qualquer resultado</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Carregando mais…</translation>
    </message>
    <message>
        <source>No interaction matches these filters.</source>
        <translation>Nenhum atendimento corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Exibindo %1 de %2</translation>
    </message>
    <message>
        <source>Loading what the agent saw…</source>
        <translation>Carregando o que o agente viu…</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Next steps shown</source>
        <translation>Próximos passos exibidos</translation>
    </message>
    <message>
        <source>dismissed: %1</source>
        <translation>descartado: %1</translation>
    </message>
    <message>
        <source>not acted on</source>
        <translation>sem ação</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Purchase intent:</source>
        <translation>Intenção de compra:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Retorno:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Cart the agent saw</source>
        <translation>Carrinho que o agente viu</translation>
    </message>
    <message>
        <source>The cart was empty.</source>
        <translation>O carrinho estava vazio.</translation>
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
        <translation>Recentemente, como o agente viu</translation>
    </message>
    <message>
        <source>No snapshot was stored with this outcome.</source>
        <translation>Nenhum retrato foi guardado com este resultado.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Não foi possível carregar: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (Ctrl+Shift+X)</source>
        <translation>Salvar os atendimentos que correspondem aos filtros como CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Exportação cancelada; nada foi salvo.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancelar e&amp;xportação</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s)</source>
        <translation>
            <numerusform>Exportando… %n linha</numerusform>
            <numerusform>Exportando… %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n linha exportada para %1</numerusform>
            <numerusform>%n linhas exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal customer…</source>
        <translation>&amp;Revelar cliente…</translation>
    </message>
    <message>
        <source>Revealing the customer…</source>
        <translation>Revelando o cliente…</translation>
    </message>
    <message>
        <source>Customer revealed; your reason is in the audit log.</source>
        <translation>Cliente revelado; seu motivo está no log de auditoria.</translation>
    </message>
    <message>
        <source>Could not reveal the customer: %1</source>
        <translation>Não foi possível revelar o cliente: %1</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (mascarado)</translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer; asks for a reason, which is audited (Ctrl+Shift+V)</source>
        <translation>Mostra o cliente da interação selecionada; pede um motivo, que é auditado (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Handle time %1, of which wrap-up %2</source>
        <translation>Tempo de atendimento %1, dos quais pós-atendimento %2</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Timeline channel</source>
        <translation>Canal da linha do tempo</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Pesquisar na linha do tempo</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Linha do tempo do cliente</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
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
        <translation>Nenhuma atividade registrada para este cliente.</translation>
    </message>
    <message>
        <source>No events match the channel and search.</source>
        <translation>Nenhum evento corresponde ao canal e à pesquisa.</translation>
    </message>
</context>
</TS>
