<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dispositions</name>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Information only</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Purchase intent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In store</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>A customer link takes no query.</source>
        <translation>A customer link takes no query.</translation>
    </message>
    <message>
        <source>A customer link needs one profile id: omnidesk://customer/&lt;id&gt;.</source>
        <translation>A customer link needs one profile id: omnidesk://customer/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A call link has no path: omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>A call link has no path: omnidesk://call?ani=&lt;number&gt;.</translation>
    </message>
    <message>
        <source>A call link needs exactly one ani=&lt;phone number&gt;.</source>
        <translation>A call link needs exactly one ani=&lt;phone number&gt;.</translation>
    </message>
    <message>
        <source>The caller&apos;s number must be an optional + and 3 to 15 digits.</source>
        <translation>The caller&apos;s number must be an optional + and 3 to 15 digits.</translation>
    </message>
    <message>
        <source>Not an omnidesk:// link.</source>
        <translation>Not an omnidesk:// link.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>The link is too long.</translation>
    </message>
    <message>
        <source>The link has parts Omnidesk does not use.</source>
        <translation>The link has parts Omnidesk does not use.</translation>
    </message>
    <message>
        <source>Omnidesk opens omnidesk://customer/&lt;id&gt; and omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Omnidesk opens omnidesk://customer/&lt;id&gt; and omnidesk://call?ani=&lt;number&gt;.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>unknown time</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 day ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Inbound call</source>
        <translation>Inbound call</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Outbound call</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
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
        <translation>, outcome: %1</translation>
    </message>
    <message>
        <source>email granted</source>
        <translation>email granted</translation>
    </message>
    <message>
        <source>email denied</source>
        <translation>email denied</translation>
    </message>
    <message>
        <source>SMS granted</source>
        <translation>SMS granted</translation>
    </message>
    <message>
        <source>SMS denied</source>
        <translation>SMS denied</translation>
    </message>
    <message>
        <source>calls granted</source>
        <translation>calls granted</translation>
    </message>
    <message>
        <source>calls denied</source>
        <translation>calls denied</translation>
    </message>
    <message>
        <source>Marketing consent: %1</source>
        <translation>Marketing consent: %1</translation>
    </message>
    <message>
        <source>Placed an order (%1)</source>
        <translation>Placed an order (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Purchased %n item(s) (%1)</source>
        <translation>
            <numerusform>Purchased %n item (%1)</numerusform>
            <numerusform>Purchased %n items (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Viewed a product</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>Viewed %1</translation>
    </message>
    <message>
        <source>Visited a store</source>
        <translation>Visited a store</translation>
    </message>
    <message>
        <source>Visited store %1</source>
        <translation>Visited store %1</translation>
    </message>
    <message>
        <source>; interested in %1</source>
        <translation>; interested in %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>Viewed a web page</source>
        <translation>Viewed a web page</translation>
    </message>
    <message>
        <source>Viewed page &quot;%1&quot;</source>
        <translation>Viewed page &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Was sent email</source>
        <translation>Was sent email</translation>
    </message>
    <message>
        <source>Was sent email &quot;%1&quot;</source>
        <translation>Was sent email &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Opened email</source>
        <translation>Opened email</translation>
    </message>
    <message>
        <source>Opened email &quot;%1&quot;</source>
        <translation>Opened email &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clicked a link in email</source>
        <translation>Clicked a link in email</translation>
    </message>
    <message>
        <source>Clicked a link in email &quot;%1&quot;</source>
        <translation>Clicked a link in email &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Email delivered</source>
        <translation>Email delivered</translation>
    </message>
    <message>
        <source>Email delivered &quot;%1&quot;</source>
        <translation>Email delivered &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>Email bounced</translation>
    </message>
    <message>
        <source>Email bounced &quot;%1&quot;</source>
        <translation>Email bounced &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Was sent an SMS</source>
        <translation>Was sent an SMS</translation>
    </message>
    <message>
        <source>Was sent an SMS: %1</source>
        <translation>Was sent an SMS: %1</translation>
    </message>
    <message>
        <source>Replied by SMS</source>
        <translation>Replied by SMS</translation>
    </message>
    <message>
        <source>Clicked a link in an SMS</source>
        <translation>Clicked a link in an SMS</translation>
    </message>
    <message>
        <source>Started a cart</source>
        <translation>Started a cart</translation>
    </message>
    <message>
        <source>Started a cart with %1</source>
        <translation>Started a cart with %1</translation>
    </message>
    <message>
        <source>Looked at the cart</source>
        <translation>Looked at the cart</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Started checkout</translation>
    </message>
    <message>
        <source>Started checkout: %1</source>
        <translation>Started checkout: %1</translation>
    </message>
    <message>
        <source>Was sent a push notification</source>
        <translation>Was sent a push notification</translation>
    </message>
    <message>
        <source>Opened a push notification</source>
        <translation>Opened a push notification</translation>
    </message>
    <message>
        <source>Acted on a push notification</source>
        <translation>Acted on a push notification</translation>
    </message>
    <message>
        <source>Opened the app</source>
        <translation>Opened the app</translation>
    </message>
    <message>
        <source>Bot conversation, handed over to an agent</source>
        <translation>Bot conversation, handed over to an agent</translation>
    </message>
    <message>
        <source>Bot conversation, resolved by the bot</source>
        <translation>Bot conversation, resolved by the bot</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>Bot conversation</translation>
    </message>
    <message>
        <source>Chat, handed over to another team</source>
        <translation>Chat, handed over to another team</translation>
    </message>
    <message>
        <source>Chat with an agent</source>
        <translation>Chat with an agent</translation>
    </message>
    <message>
        <source>; follow up by %1 on %2</source>
        <translation>; follow up by %1 on %2</translation>
    </message>
    <message>
        <source>Purchase intent: %1 (%2)</source>
        <translation>Purchase intent: %1 (%2)</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>Call outcome: %1</translation>
    </message>
    <message>
        <source>Store visit: %1</source>
        <translation>Store visit: %1</translation>
    </message>
    <message>
        <source>Accepted recommendation: %1</source>
        <translation>Accepted recommendation: %1</translation>
    </message>
    <message>
        <source>Dismissed recommendation: %1 (%2)</source>
        <translation>Dismissed recommendation: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for %1, not for %2.</source>
        <translation>The service&apos;s certificate is for %1, not for %2.</translation>
    </message>
    <message>
        <source>Use the address the certificate names, or ask the service&apos;s administrator for a certificate that includes %1.</source>
        <translation>Use the address the certificate names, or ask the service&apos;s administrator for a certificate that includes %1.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate expired on %1.</source>
        <translation>The service&apos;s certificate expired on %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator to renew the certificate.</source>
        <translation>Ask the service&apos;s administrator to renew the certificate.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is valid only from %1.</source>
        <translation>The service&apos;s certificate is valid only from %1.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, or ask the service&apos;s administrator.</source>
        <translation>Check the date and time of this computer, or ask the service&apos;s administrator.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was not issued by a certificate authority this computer trusts.</source>
        <translation>The service&apos;s certificate was not issued by a certificate authority this computer trusts.</translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, ask IT for its CA certificate (a PEM file) and choose it under &quot;Trust a company CA certificate&quot;. Otherwise ask the service&apos;s administrator.</source>
        <translation>If your company uses its own certificate authority, ask IT for its CA certificate (a PEM file) and choose it under &quot;Trust a company CA certificate&quot;. Otherwise ask the service&apos;s administrator.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was refused: %1.</source>
        <translation>The service&apos;s certificate was refused: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator.</source>
        <translation>Ask the service&apos;s administrator.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused.</source>
        <translation>Secure connection to %1 refused.</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by: %2.</source>
        <translation>Certificate: %1; issued by: %2.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed.</source>
        <translation>Secure connection to %1 failed.</translation>
    </message>
    <message>
        <source>Check that the address is right: https:// or wss:// only when the service runs with TLS, http:// or ws:// otherwise.</source>
        <translation>Check that the address is right: https:// or wss:// only when the service runs with TLS, http:// or ws:// otherwise.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>omnidesk: unknown language &quot;%1&quot; (available: %2)</source>
        <translation>omnidesk: unknown language &quot;%1&quot; (available: %2)</translation>
    </message>
    <message>
        <source>Omnidesk agent desktop</source>
        <translation>Omnidesk agent desktop</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from the OMNIDESK_PASSWORD environment variable.</source>
        <translation>Sign in as NAME without the dialog; the password is read from the OMNIDESK_PASSWORD environment variable.</translation>
    </message>
    <message>
        <source>Folder of the local outcome outbox.</source>
        <translation>Folder of the local outcome outbox.</translation>
    </message>
    <message>
        <source>Language of the desktop (en, de, es, nl, pt_BR); default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>Language of the desktop (en, de, es, nl, pt_BR); default: the one chosen in the settings, else the system&apos;s.</translation>
    </message>
    <message>
        <source>Light, dark or the system&apos;s look: light, dark or system; default: the one chosen in the settings.</source>
        <translation>Light, dark or the system&apos;s look: light, dark or system; default: the one chosen in the settings.</translation>
    </message>
    <message>
        <source>An omnidesk:// link to open: omnidesk://customer/&lt;id&gt; or omnidesk://call?ani=&lt;phone number&gt;. When Omnidesk already runs, the link goes to that window.</source>
        <translation>An omnidesk:// link to open: omnidesk://customer/&lt;id&gt; or omnidesk://call?ani=&lt;phone number&gt;. When Omnidesk already runs, the link goes to that window.</translation>
    </message>
    <message>
        <source>omnidesk: --theme must be light, dark or system</source>
        <translation>omnidesk: --theme must be light, dark or system</translation>
    </message>
    <message>
        <source>omnidesk: give at most one link</source>
        <translation>omnidesk: give at most one link</translation>
    </message>
    <message>
        <source>omnidesk: Omnidesk is already running but did not answer</source>
        <translation>omnidesk: Omnidesk is already running but did not answer</translation>
    </message>
    <message>
        <source>Profile service address (https://, wss://, or http://, ws:// without TLS); default: the address of the last sign-in, else ws://127.0.0.1:8477.</source>
        <translation>Profile service address (https://, wss://, or http://, ws:// without TLS); default: the address of the last sign-in, else ws://127.0.0.1:8477.</translation>
    </message>
    <message>
        <source>omnidesk: --server must be an https://, wss://, http:// or ws:// URL</source>
        <translation>omnidesk: --server must be an https://, wss://, http:// or ws:// URL</translation>
    </message>
</context>
<context>
    <name>omnidesk::CandidateModel</name>
    <message>
        <source>Phone number matches</source>
        <translation>Phone number matches</translation>
    </message>
    <message>
        <source>Email address matches</source>
        <translation>Email address matches</translation>
    </message>
    <message>
        <source>Customer id matches</source>
        <translation>Customer id matches</translation>
    </message>
    <message>
        <source>Name contains “%1”</source>
        <translation>Name contains “%1”</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n item, %1</numerusform>
            <numerusform>%n items, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Matched because</source>
        <translation>Matched because</translation>
    </message>
</context>
<context>
    <name>omnidesk::CartModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
</context>
<context>
    <name>omnidesk::DesktopController</name>
    <message>
        <source>The saved sign-in has expired; please sign in again.</source>
        <translation>The saved sign-in has expired; please sign in again.</translation>
    </message>
    <message>
        <source>Signing in with the saved sign-in…</source>
        <translation>Signing in with the saved sign-in…</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keychain: %1</source>
        <translation>The saved sign-in could not be removed from the keychain: %1</translation>
    </message>
    <message>
        <source>Service reported a problem: %1</source>
        <translation>Service reported a problem: %1</translation>
    </message>
    <message>
        <source>Not connected: the state cannot be changed now.</source>
        <translation>Not connected: the state cannot be changed now.</translation>
    </message>
    <message>
        <source>the local outcome store cannot be written</source>
        <translation>the local outcome store cannot be written</translation>
    </message>
    <message>
        <source>The local outcome store cannot be written.</source>
        <translation>The local outcome store cannot be written.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Offline: searching is possible again once the connection is back.</translation>
    </message>
    <message>
        <source>Offline: the profile opens once the connection is back.</source>
        <translation>Offline: the profile opens once the connection is back.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>an unknown caller</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <source>The link opens as soon as you are signed in.</source>
        <translation>The link opens as soon as you are signed in.</translation>
    </message>
    <message>
        <source>offline; try again once the connection is back</source>
        <translation>offline; try again once the connection is back</translation>
    </message>
    <message>
        <source>Save the call&apos;s outcome first; then open the other customer again.</source>
        <translation>Save the call&apos;s outcome first; then open the other customer again.</translation>
    </message>
    <message>
        <source>offline; the floor shows the last known states</source>
        <translation>offline; the floor shows the last known states</translation>
    </message>
</context>
<context>
    <name>omnidesk::FloorModel</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>On call</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1, store</source>
        <translation>%1, store</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>on a call</translation>
    </message>
    <message>
        <source>on a call for %1</source>
        <translation>on a call for %1</translation>
    </message>
    <message>
        <source>⚠ over by %1</source>
        <translation>⚠ over by %1</translation>
    </message>
    <message>
        <source>⚠ extended, ends in %1</source>
        <translation>⚠ extended, ends in %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>ends in %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>In state</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>%1 available · %2 on a call · %3 in wrap-up</source>
        <translation>%1 available · %2 on a call · %3 in wrap-up</translation>
    </message>
    <message numerus="yes">
        <source> (%n needing attention)</source>
        <translation>
            <numerusform> (%n needing attention)</numerusform>
            <numerusform> (%n needing attention)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on break · %2 offline</source>
        <translation> · %1 on break · %2 offline</translation>
    </message>
    <message>
        <source>%1 (connection lost)</source>
        <translation>%1 (connection lost)</translation>
    </message>
</context>
<context>
    <name>omnidesk::InstanceGuard</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Cannot create the lock file %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts of Omnidesk: %1</source>
        <translation>Cannot listen for other starts of Omnidesk: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::InteractionLogModel</name>
    <message>
        <source>none shown</source>
        <translation>none shown</translation>
    </message>
    <message>
        <source>%1 shown, %2 accepted, %3 dismissed</source>
        <translation>%1 shown, %2 accepted, %3 dismissed</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Revealed for you; your reason is in the audit log</source>
        <translation>Revealed for you; your reason is in the audit log</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, or the service did not see the call</source>
        <translation>Not recorded: a store visit, or the service did not see the call</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (masked)</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <source>Masked; Reveal customer… (Ctrl+Shift+V) shows the name</source>
        <translation>Masked; Reveal customer… (Ctrl+Shift+V) shows the name</translation>
    </message>
    <message>
        <source>From the call reaching the agent to the outcome being logged</source>
        <translation>From the call reaching the agent to the outcome being logged</translation>
    </message>
    <message>
        <source>From the end of the call to the outcome being logged; part of the handle time</source>
        <translation>From the end of the call to the outcome being logged; part of the handle time</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, an outcome logged before this was measured, or the call&apos;s end is not known</source>
        <translation>Not recorded: a store visit, an outcome logged before this was measured, or the call&apos;s end is not known</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
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
        <translation>Email</translation>
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
        <translation>Store</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::CredentialStore</name>
    <message>
        <source>No saved sign-in was found on this computer.</source>
        <translation>No saved sign-in was found on this computer.</translation>
    </message>
    <message>
        <source>No keychain is available, so Omnidesk cannot remember your sign-in.</source>
        <translation>No keychain is available, so Omnidesk cannot remember your sign-in.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the saved sign-in could not be used.</source>
        <translation>The keychain did not answer in time, so the saved sign-in could not be used.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>The keychain could not be used.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>The keychain refused access; it may be locked.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::OutboxStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ProfileClient</name>
    <message>
        <source>The server address is not a ws:// or wss:// URL.</source>
        <translation>The server address is not a ws:// or wss:// URL.</translation>
    </message>
    <message>
        <source>The server does not speak the Omnidesk protocol (omnidesk.v1).</source>
        <translation>The server does not speak the Omnidesk protocol (omnidesk.v1).</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password.</source>
        <translation>Sign-in failed. Check the user name and password.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ReportClient</name>
    <message>
        <source>the service sent no report</source>
        <translation>the service sent no report</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the service sent no audit entries</source>
        <translation>the service sent no audit entries</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation>the service&apos;s answer could not be read</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AboutDialog</name>
    <message>
        <source>About Omnidesk</source>
        <translation>About Omnidesk</translation>
    </message>
    <message>
        <source>Omnidesk logo</source>
        <translation>Omnidesk logo</translation>
    </message>
    <message>
        <source>The contact-center agent desktop: the caller&apos;s profile, live cart and next step at a glance, and every outcome saved exactly once.</source>
        <translation>The contact-center agent desktop: the caller&apos;s profile, live cart and next step at a glance, and every outcome saved exactly once.</translation>
    </message>
    <message>
        <source>Omnidesk is distributed under the licence in the LICENSE file that comes with it. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Omnidesk is distributed under the licence in the LICENSE file that comes with it. It uses the Qt toolkit under the GNU LGPL version 3.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AuditView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Load older</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data, when and why.</source>
        <translation>Who looked up, viewed, exported or revealed customer data, when and why.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries</source>
        <translation>
            <numerusform>Showing the newest %n entry</numerusform>
            <numerusform>Showing the newest %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallView</name>
    <message>
        <source>Found by the agent with a lookup</source>
        <translation>Found by the agent with a lookup</translation>
    </message>
    <message>
        <source>Picked by the agent from the matching customers</source>
        <translation>Picked by the agent from the matching customers</translation>
    </message>
    <message>
        <source>Looked up in the store</source>
        <translation>Looked up in the store</translation>
    </message>
    <message>
        <source>Merged with another profile of the same customer</source>
        <translation>Merged with another profile of the same customer</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallerHeader</name>
    <message>
        <source>Caller name</source>
        <translation>Caller name</translation>
    </message>
    <message>
        <source>Caller phone number (masked)</source>
        <translation>Caller phone number (masked)</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Customer tier</translation>
    </message>
    <message>
        <source>Caller match</source>
        <translation>Caller match</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Call id</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Call state</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Matched by phone number</source>
        <translation>Matched by phone number</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unknown caller</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>On call since %1</source>
        <translation>On call since %1</translation>
    </message>
    <message>
        <source>Call ended at %1 — wrap-up</source>
        <translation>Call ended at %1 — wrap-up</translation>
    </message>
    <message>
        <source>Consents and customer value</source>
        <translation>Consents and customer value</translation>
    </message>
    <message>
        <source>Several customers share this number</source>
        <translation>Several customers share this number</translation>
    </message>
    <message numerus="yes">
        <source>%n possible customers: pick the caller (Ctrl+Shift+L)</source>
        <translation>
            <numerusform>%n possible customer: pick the caller (Ctrl+Shift+L)</numerusform>
            <numerusform>%n possible customers: pick the caller (Ctrl+Shift+L)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer profile matches this number; look the customer up (Ctrl+Shift+L)</source>
        <translation>No customer profile matches this number; look the customer up (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Store visit</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Lifetime value %1</translation>
    </message>
    <message>
        <source>Last purchase %1</source>
        <translation>Last purchase %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Marketing consent — email: %1, SMS: %2, phone: %3</source>
        <translation>Marketing consent — email: %1, SMS: %2, phone: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Cart lines</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Cart total</translation>
    </message>
    <message>
        <source>Cart data age</source>
        <translation>Cart data age</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Cart abandonment</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Abandoned %1</source>
        <translation>Abandoned %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::DataAgeLabel</name>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::ExportDialog</name>
    <message>
        <source>Show customer &amp;names</source>
        <translation>Show customer &amp;names</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Export interactions</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>File to save</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Choose the file in a file dialog</translation>
    </message>
    <message>
        <source>Names are masked to initials unless you show them and give a reason, which is audited</source>
        <translation>Names are masked to initials unless you show them and give a reason, which is audited</translation>
    </message>
    <message>
        <source>why you need the names (recorded in the audit log)</source>
        <translation>why you need the names (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Reason for showing names</source>
        <translation>Reason for showing names</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to save the export in.</source>
        <translation>Choose a file to save the export in.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to show names.</source>
        <translation>
            <numerusform>Give a reason of at least %n character to show names.</numerusform>
            <numerusform>Give a reason of at least %n characters to show names.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer names are exported as initials; phone numbers and email addresses in the notes are masked.</source>
        <translation>Customer names are exported as initials; phone numbers and email addresses in the notes are masked.</translation>
    </message>
    <message>
        <source>Names and notes are exported as written; your reason is recorded in the audit log.</source>
        <translation>Names and notes are exported as written; your reason is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::FloorView</name>
    <message>
        <source>Live floor</source>
        <translation>Live floor</translation>
    </message>
    <message>
        <source>Floor summary</source>
        <translation>Floor summary</translation>
    </message>
    <message>
        <source>Agents on the floor</source>
        <translation>Agents on the floor</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>No agents yet.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Not live: %1</source>
        <translation>Not live: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LatelyStrip</name>
    <message>
        <source>What happened lately</source>
        <translation>What happened lately</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Lately</translation>
    </message>
    <message>
        <source>Nothing in the last two weeks.</source>
        <translation>Nothing in the last two weeks.</translation>
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
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Open profile</translation>
    </message>
    <message>
        <source>Phone, email, name or customer id</source>
        <translation>Phone, email, name or customer id</translation>
    </message>
    <message>
        <source>Search for a customer</source>
        <translation>Search for a customer</translation>
    </message>
    <message>
        <source>Type a phone number, an email address, part of a name or a customer id, then press Enter</source>
        <translation>Type a phone number, an email address, part of a name or a customer id, then press Enter</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Look up a customer</translation>
    </message>
    <message>
        <source>Search by phone number, email address, name or customer id.</source>
        <translation>Search by phone number, email address, name or customer id.</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>Who is calling?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) share this phone number. Ask the caller&apos;s name, then pick the profile.</source>
        <translation>
            <numerusform>%n customer has this phone number. Ask the caller&apos;s name, then pick the profile.</numerusform>
            <numerusform>%n customers share this phone number. Ask the caller&apos;s name, then pick the profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type what you know about the customer first.</source>
        <translation>Type what you know about the customer first.</translation>
    </message>
    <message>
        <source>Type at least 2 characters of the name.</source>
        <translation>Type at least 2 characters of the name.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Offline: searching is possible again once the connection is back.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number or email address.</source>
        <translation>No customer found. Check the spelling, or try the phone number or email address.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n customer found. Enter opens the selected one.</numerusform>
            <numerusform>%n customers found. Enter opens the selected one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost before the answer came; search again when it is back.</source>
        <translation>The connection was lost before the answer came; search again when it is back.</translation>
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
        <translation>Waiting for calls</translation>
    </message>
    <message>
        <source>The caller&apos;s profile opens here as soon as a call is routed to you.</source>
        <translation>The caller&apos;s profile opens here as soon as a call is routed to you.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in on this computer (%1)</source>
        <translation>Sign out and forget the saved sign-in on this computer (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Available</translation>
    </message>
    <message>
        <source>Ready for the next call</source>
        <translation>Ready for the next call</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Break</translation>
    </message>
    <message>
        <source>Away for a while</source>
        <translation>Away for a while</translation>
    </message>
    <message>
        <source>&amp;Extend wrap-up</source>
        <translation>&amp;Extend wrap-up</translation>
    </message>
    <message>
        <source>More time to finish the outcome (once per call)</source>
        <translation>More time to finish the outcome (once per call)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Omnidesk</source>
        <translation>&amp;About Omnidesk</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Agent state</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Connection state icon</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>Signed-in agent</source>
        <translation>Signed-in agent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Wrap-up %1:%2</source>
        <translation>Wrap-up %1:%2</translation>
    </message>
    <message>
        <source>Connecting to the profile service…</source>
        <translation>Connecting to the profile service…</translation>
    </message>
    <message>
        <source>Not connected. Calls cannot reach you until you sign in.</source>
        <translation>Not connected. Calls cannot reach you until you sign in.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>&amp;Look up customer…</source>
        <translation>&amp;Look up customer…</translation>
    </message>
    <message>
        <source>Find a customer by phone, email, name or customer id</source>
        <translation>Find a customer by phone, email, name or customer id</translation>
    </message>
    <message>
        <source>Serve a walk-in customer</source>
        <translation>Serve a walk-in customer</translation>
    </message>
    <message>
        <source>Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online cart and record what they mean to buy.</source>
        <translation>Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online cart and record what they mean to buy.</translation>
    </message>
    <message>
        <source>&amp;Interaction log</source>
        <translation>&amp;Interaction log</translation>
    </message>
    <message>
        <source>Back to the interaction log (supervisors)</source>
        <translation>Back to the interaction log (supervisors)</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interaction log</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Cart recovery</translation>
    </message>
    <message>
        <source>Cart &amp;recovery</source>
        <translation>Cart &amp;recovery</translation>
    </message>
    <message>
        <source>How many abandoned carts were bought within 30 days (supervisors)</source>
        <translation>How many abandoned carts were bought within 30 days (supervisors)</translation>
    </message>
    <message>
        <source>Live floor</source>
        <translation>Live floor</translation>
    </message>
    <message>
        <source>Live &amp;floor</source>
        <translation>Live &amp;floor</translation>
    </message>
    <message>
        <source>Every agent&apos;s state, call and wrap-up, live (supervisors)</source>
        <translation>Every agent&apos;s state, call and wrap-up, live (supervisors)</translation>
    </message>
    <message>
        <source>E&amp;xport interaction log…</source>
        <translation>E&amp;xport interaction log…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (supervisors)</source>
        <translation>Save the interactions matching the filters as CSV (supervisors)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit log</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data (supervisors)</source>
        <translation>Who looked up, viewed, exported or revealed customer data (supervisors)</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Outcomes and recommendations</translation>
    </message>
    <message>
        <source>&amp;Outcomes and recommendations</source>
        <translation>&amp;Outcomes and recommendations</translation>
    </message>
    <message>
        <source>Outcomes per day by disposition and how often each recommendation was accepted (supervisors)</source>
        <translation>Outcomes per day by disposition and how often each recommendation was accepted (supervisors)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::NextStepPanel</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>Dismiss step</source>
        <translation>Dismiss step</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Recommended next step</source>
        <translation>Recommended next step</translation>
    </message>
    <message>
        <source>Why this step is recommended</source>
        <translation>Why this step is recommended</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>Recommended next steps, highest priority first</source>
        <translation>Recommended next steps, highest priority first</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it</source>
        <translation>Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it</translation>
    </message>
    <message>
        <source>Accept the selected step (Ctrl+Shift+Y)</source>
        <translation>Accept the selected step (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Accept step</source>
        <translation>Accept step</translation>
    </message>
    <message>
        <source>Dismiss the selected step with a reason (Ctrl+Shift+D)</source>
        <translation>Dismiss the selected step with a reason (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Why is this step not right? Enter to confirm, Esc to cancel</source>
        <translation>Why is this step not right? Enter to confirm, Esc to cancel</translation>
    </message>
    <message>
        <source>Reason for dismissing the step</source>
        <translation>Reason for dismissing the step</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>Customer not interested</translation>
    </message>
    <message>
        <source>Not relevant for this customer</source>
        <translation>Not relevant for this customer</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Already done</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>Customer asked not to be contacted</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation for this customer.</source>
        <translation>No recommendation for this customer.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeChartsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Outcomes and recommendations</translation>
    </message>
    <message>
        <source>Outcomes logged from</source>
        <translation>Outcomes logged from</translation>
    </message>
    <message>
        <source>Outcomes logged until (inclusive)</source>
        <translation>Outcomes logged until (inclusive)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>any agent</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agent id</translation>
    </message>
    <message>
        <source>Count the outcomes and decisions of this period</source>
        <translation>Count the outcomes and decisions of this period</translation>
    </message>
    <message>
        <source>When these charts were loaded</source>
        <translation>When these charts were loaded</translation>
    </message>
    <message>
        <source>Outcomes status</source>
        <translation>Outcomes status</translation>
    </message>
    <message>
        <source>Acceptance status</source>
        <translation>Acceptance status</translation>
    </message>
    <message>
        <source>Outcomes over time by disposition</source>
        <translation>Outcomes over time by disposition</translation>
    </message>
    <message>
        <source>Outcomes logged per day</source>
        <translation>Outcomes logged per day</translation>
    </message>
    <message>
        <source>Acceptance rate per recommendation</source>
        <translation>Acceptance rate per recommendation</translation>
    </message>
    <message>
        <source>Accepted of shown, per recommendation</source>
        <translation>Accepted of shown, per recommendation</translation>
    </message>
    <message>
        <source>Recommendations shown, accepted and dismissed</source>
        <translation>Recommendations shown, accepted and dismissed</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No outcome was logged in this period.</source>
        <translation>No outcome was logged in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by week.</source>
        <translation>
            <numerusform>%n outcome logged in this period, counted by week.</numerusform>
            <numerusform>%n outcomes logged in this period, counted by week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by day.</source>
        <translation>
            <numerusform>%n outcome logged in this period, counted by day.</numerusform>
            <numerusform>%n outcomes logged in this period, counted by day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes logged per week</source>
        <translation>Outcomes logged per week</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
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
        <translation>Could not load the outcomes: %1</translation>
    </message>
    <message>
        <source>No recommendation was shown in this period.</source>
        <translation>No recommendation was shown in this period.</translation>
    </message>
    <message>
        <source>Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.</source>
        <translation>Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Acceptance rate</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 of %4)</translation>
    </message>
    <message>
        <source>Could not load the acceptance: %1</source>
        <translation>Could not load the acceptance: %1</translation>
    </message>
    <message>
        <source>Dismissed because: %1</source>
        <translation>Dismissed because: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeForm</name>
    <message>
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>Choose a disposition…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was agreed, what to follow up…</source>
        <translation>What was agreed, what to follow up…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Return)</source>
        <translation>Save outcome (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation>Outcome status</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Choose a disposition first.</translation>
    </message>
    <message>
        <source>Saved locally — sending…</source>
        <translation>Saved locally — sending…</translation>
    </message>
    <message>
        <source>Saved locally — will be sent when the connection is back.</source>
        <translation>Saved locally — will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>Stored in profile (#%1)</source>
        <translation>Stored in profile (#%1)</translation>
    </message>
    <message>
        <source>Stored in profile</source>
        <translation>Stored in profile</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Purchase &amp;intent</source>
        <translation>Purchase &amp;intent</translation>
    </message>
    <message>
        <source>Purchase intent: cart lines the customer means to buy</source>
        <translation>Purchase intent: cart lines the customer means to buy</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation>Space ticks or unticks the selected line</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Plan a follow-up</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Follow-up channel</source>
        <translation>Follow-up channel</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Follow &amp;up</source>
        <translation>Follow &amp;up</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RecoveryView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Cart recovery</translation>
    </message>
    <message>
        <source>Carts abandoned from</source>
        <translation>Carts abandoned from</translation>
    </message>
    <message>
        <source>Carts abandoned until (inclusive)</source>
        <translation>Carts abandoned until (inclusive)</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Recovery rate</translation>
    </message>
    <message>
        <source>Recovery rate by contact</source>
        <translation>Recovery rate by contact</translation>
    </message>
    <message>
        <source>Recovered within 30 days, by contact</source>
        <translation>Recovered within 30 days, by contact</translation>
    </message>
    <message>
        <source>Recovery by recommendation and by agent</source>
        <translation>Recovery by recommendation and by agent</translation>
    </message>
    <message>
        <source>Accepted recommendation / agent</source>
        <translation>Accepted recommendation / agent</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Call, recommendation accepted</source>
        <translation>Call, recommendation accepted</translation>
    </message>
    <message>
        <source>Call, none accepted</source>
        <translation>Call, none accepted</translation>
    </message>
    <message>
        <source>Email only</source>
        <translation>Email only</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No cart was abandoned in this period.</source>
        <translation>No cart was abandoned in this period.</translation>
    </message>
    <message>
        <source>%1 of %2 abandoned carts were bought within %3 days: %4.</source>
        <translation>%1 of %2 abandoned carts were bought within %3 days: %4.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>none in this period</translation>
    </message>
    <message>
        <source>By accepted recommendation</source>
        <translation>By accepted recommendation</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>When this report was loaded</source>
        <translation>When this report was loaded</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RevealDialog</name>
    <message>
        <source>Reveal customer</source>
        <translation>Reveal customer</translation>
    </message>
    <message>
        <source>The customer&apos;s name is masked in the interaction log.</source>
        <translation>The customer&apos;s name is masked in the interaction log.</translation>
    </message>
    <message>
        <source>The customer is shown masked as “%1” in the interaction log.</source>
        <translation>The customer is shown masked as “%1” in the interaction log.</translation>
    </message>
    <message>
        <source>why you need the name (recorded in the audit log)</source>
        <translation>why you need the name (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Reason for revealing the customer</source>
        <translation>Reason for revealing the customer</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Re&amp;veal</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The name is shown for this interaction; your reason is recorded in the audit log.</source>
        <translation>The name is shown for this interaction; your reason is recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to reveal the name.</source>
        <translation>
            <numerusform>Give a reason of at least %n character to reveal the name.</numerusform>
            <numerusform>Give a reason of at least %n characters to reveal the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop &amp;notification for an incoming call</source>
        <translation>Show a desktop &amp;notification for an incoming call</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Profile service address</source>
        <translation>Profile service address</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>A new language applies the next time Omnidesk starts.</source>
        <translation>A new language applies the next time Omnidesk starts.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Applies at once. &quot;Same as the system&quot; follows the light or dark setting of the desktop environment.</source>
        <translation>Applies at once. &quot;Same as the system&quot; follows the light or dark setting of the desktop environment.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <source>Shows a notification when a call arrives while the Omnidesk window is not in front.</source>
        <translation>Shows a notification when a call arrives while the Omnidesk window is not in front.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Profile &amp;service:</source>
        <translation>Profile &amp;service:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Go to the cart</source>
        <translation>Go to the cart</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Go to the timeline</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Search the timeline</translation>
    </message>
    <message>
        <source>Go to the outcome&apos;s disposition</source>
        <translation>Go to the outcome&apos;s disposition</translation>
    </message>
    <message>
        <source>Go to the outcome notes</source>
        <translation>Go to the outcome notes</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Save the outcome</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>The address used from the next start, as https://host:port or wss://host:port (http:// or ws:// without TLS). The sign-in window can change it too.</source>
        <translation>The address used from the next start, as https://host:port or wss://host:port (http:// or ws:// without TLS). The sign-in window can change it too.</translation>
    </message>
    <message>
        <source>Trusted company CA certificate</source>
        <translation>Trusted company CA certificate</translation>
    </message>
    <message>
        <source>None: only the certificate authorities the system trusts</source>
        <translation>None: only the certificate authorities the system trusts</translation>
    </message>
    <message>
        <source>Trust a company CA certificate</source>
        <translation>Trust a company CA certificate</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority.</source>
        <translation>Choose the PEM file of your company&apos;s certificate authority.</translation>
    </message>
    <message>
        <source>Stop trusting the company CA certificate</source>
        <translation>Stop trusting the company CA certificate</translation>
    </message>
    <message>
        <source>Certificates it issued are trusted in addition to the system&apos;s, from the next sign-in. Certificate checks are always on.</source>
        <translation>Certificates it issued are trusted in addition to the system&apos;s, from the next sign-in. Certificate checks are always on.</translation>
    </message>
    <message>
        <source>Trust a &amp;company CA:</source>
        <translation>Trust a &amp;company CA:</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Company CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to Omnidesk</source>
        <translation>Sign in to Omnidesk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you are signed in at the next start. The password is never stored.</source>
        <translation>Keeps a sign-in token in the system keychain so you are signed in at the next start. The password is never stored.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <source>Sign in to the profile service</source>
        <translation>Sign in to the profile service</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>&amp;Trust a company CA certificate…</source>
        <translation>&amp;Trust a company CA certificate…</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Sign-in notice</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority. Omnidesk then trusts certificates it issued, in addition to those the system trusts.</source>
        <translation>Choose the PEM file of your company&apos;s certificate authority. Omnidesk then trusts certificates it issued, in addition to those the system trusts.</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Company CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Now trusting %1. Sign in again.</source>
        <translation>Now trusting %1. Sign in again.</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SupervisorView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interaction log</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>To date (inclusive)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>any agent</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agent id</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>any recommendation id</source>
        <translation>any recommendation id</translation>
    </message>
    <message>
        <source>Recommendation id</source>
        <translation>Recommendation id</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>accepted or not</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>Decision on the recommendation</source>
        <translation>Decision on the recommendation</translation>
    </message>
    <message>
        <source>text in the notes</source>
        <translation>text in the notes</translation>
    </message>
    <message>
        <source>Text in the notes</source>
        <translation>Text in the notes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Logged interactions</source>
        <translation>Logged interactions</translation>
    </message>
    <message>
        <source>What the agent saw</source>
        <translation>What the agent saw</translation>
    </message>
    <message>
        <source>Select an interaction to see what the agent saw.</source>
        <translation>Select an interaction to see what the agent saw.</translation>
    </message>
    <message>
        <source>any disposition</source>
        <translation>any disposition</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Loading more…</translation>
    </message>
    <message>
        <source>No interaction matches these filters.</source>
        <translation>No interaction matches these filters.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>Loading what the agent saw…</source>
        <translation>Loading what the agent saw…</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Next steps shown</source>
        <translation>Next steps shown</translation>
    </message>
    <message>
        <source>dismissed: %1</source>
        <translation>dismissed: %1</translation>
    </message>
    <message>
        <source>not acted on</source>
        <translation>not acted on</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Purchase intent:</source>
        <translation>Purchase intent:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Cart the agent saw</source>
        <translation>Cart the agent saw</translation>
    </message>
    <message>
        <source>The cart was empty.</source>
        <translation>The cart was empty.</translation>
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
        <translation>Lately, as the agent saw it</translation>
    </message>
    <message>
        <source>No snapshot was stored with this outcome.</source>
        <translation>No snapshot was stored with this outcome.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (Ctrl+Shift+X)</source>
        <translation>Save the interactions matching the filters as CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancel e&amp;xport</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s)</source>
        <translation>
            <numerusform>Exporting… %n row</numerusform>
            <numerusform>Exporting… %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal customer…</source>
        <translation>&amp;Reveal customer…</translation>
    </message>
    <message>
        <source>Revealing the customer…</source>
        <translation>Revealing the customer…</translation>
    </message>
    <message>
        <source>Customer revealed; your reason is in the audit log.</source>
        <translation>Customer revealed; your reason is in the audit log.</translation>
    </message>
    <message>
        <source>Could not reveal the customer: %1</source>
        <translation>Could not reveal the customer: %1</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (masked)</translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer; asks for a reason, which is audited (Ctrl+Shift+V)</source>
        <translation>Show the selected interaction&apos;s customer; asks for a reason, which is audited (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Handle time %1, of which wrap-up %2</source>
        <translation>Handle time %1, of which wrap-up %2</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Timeline channel</source>
        <translation>Timeline channel</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Search the timeline</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Customer timeline</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 of 1 event</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 of %2 events</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>No activity recorded for this customer.</source>
        <translation>No activity recorded for this customer.</translation>
    </message>
    <message>
        <source>No events match the channel and search.</source>
        <translation>No events match the channel and search.</translation>
    </message>
</context>
</TS>
