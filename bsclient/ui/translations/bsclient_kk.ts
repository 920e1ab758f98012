<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Access</name>
    <message>
        <source>The login or password is wrong. Tries left before the user is blocked: {tries}. Check the keyboard layout and Caps Lock.</source>
        <translation>Логин немесе құпия сөз қате. Пайдаланушы бұғатталғанға дейін қалған әрекеттер: {tries}. Пернетақта тілін және Caps Lock пернесін тексеріңіз.</translation>
    </message>
    <message>
        <source>The bank has blocked this user until it unblocks it. Call the bank on its official number to unblock it.</source>
        <translation>Банк бұл пайдаланушыны өзі бұғаттан шығарғанша бұғаттады. Бұғаттан шығару үшін банкке ресми нөмірі бойынша хабарласыңыз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the user is blocked until {until}. Try again then, or call the bank to unblock it sooner.</source>
        <translation>Қате құпия сөздер тым көп: пайдаланушы {until} дейін бұғатталды. Сол кезде қайталап көріңіз немесе ертерек бұғаттан шығару үшін банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Signed in with the password</source>
        <translation>Құпиясөзбен кірдіңіз</translation>
    </message>
    <message>
        <source>Signed in with the key carrier</source>
        <translation>Кілт тасығышымен кірдіңіз</translation>
    </message>
    <message>
        <source>Signed in with a one-time code</source>
        <translation>Бір реттік кодпен кірдіңіз</translation>
    </message>
    <message>
        <source>Asked for a new one-time code to sign in</source>
        <translation>Кіру үшін жаңа бір реттік код сұрадыңыз</translation>
    </message>
    <message>
        <source>The key carrier was asked to prove the sign-in</source>
        <translation>Кілт тасығыштан кіруді растау сұралды</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Жүйеден шықтыңыз</translation>
    </message>
    <message>
        <source>Unlocked the client after the idle lock</source>
        <translation>Әрекетсіздіктен бұғатталған клиентті аштыңыз</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Құпиясөзді ауыстырдыңыз</translation>
    </message>
    <message>
        <source>Blocked your own access</source>
        <translation>Өз қолжетімділігіңізді бұғаттадыңыз</translation>
    </message>
    <message>
        <source>The bank registered you as a user</source>
        <translation>Банк сізді пайдаланушы ретінде тіркеді</translation>
    </message>
    <message>
        <source>The bank blocked your access</source>
        <translation>Банк қолжетімділігіңізді бұғаттады</translation>
    </message>
    <message>
        <source>The bank unblocked your access</source>
        <translation>Банк қолжетімділігіңізді ашты</translation>
    </message>
    <message>
        <source>The bank gave you a new password</source>
        <translation>Банк сізге жаңа құпиясөз берді</translation>
    </message>
    <message>
        <source>The bank sent a one-time code to confirm a payment</source>
        <translation>Банк төлемді растау үшін бір реттік код жіберді</translation>
    </message>
    <message>
        <source>Sent a signed document to the bank</source>
        <translation>Қол қойылған құжатты банкке жібердіңіз</translation>
    </message>
    <message>
        <source>Sent several signed documents to the bank</source>
        <translation>Қол қойылған бірнеше құжатты банкке жібердіңіз</translation>
    </message>
    <message>
        <source>Added your signature to a document</source>
        <translation>Құжатқа қолыңызды қостыңыз</translation>
    </message>
    <message>
        <source>Asked the bank to recall a document</source>
        <translation>Банктен құжатты кері қайтаруды сұрадыңыз</translation>
    </message>
    <message>
        <source>Sent a letter to the bank</source>
        <translation>Банкке хат жібердіңіз</translation>
    </message>
    <message>
        <source>Read a letter from the bank</source>
        <translation>Банктің хатын оқыдыңыз</translation>
    </message>
    <message>
        <source>Asked the bank for a key certificate</source>
        <translation>Банктен кілт сертификатын сұрадыңыз</translation>
    </message>
    <message>
        <source>Revoked your key certificate: the key was compromised</source>
        <translation>Кілт сертификатын кері қайтардыңыз: кілт құпиялығы бұзылды</translation>
    </message>
    <message>
        <source>Asked for a new key certificate after a compromise</source>
        <translation>Құпиялық бұзылғаннан кейін жаңа кілт сертификатын сұрадыңыз</translation>
    </message>
    <message>
        <source>Looked at the accounts and balances</source>
        <translation>Шоттар мен қалдықтарды қарадыңыз</translation>
    </message>
    <message>
        <source>Received an account statement</source>
        <translation>Шот үзінді көшірмесін алдыңыз</translation>
    </message>
    <message>
        <source>Looked at the documents awaiting signature</source>
        <translation>Қол қоюды күтіп тұрған құжаттарды қарадыңыз</translation>
    </message>
    <message>
        <source>Asked about a key certificate request</source>
        <translation>Кілт сертификатына өтінім туралы сұрадыңыз</translation>
    </message>
    <message>
        <source>Checked the directories for new versions</source>
        <translation>Анықтамалықтардың жаңа нұсқаларын тексердіңіз</translation>
    </message>
    <message>
        <source>Received a directory</source>
        <translation>Анықтамалықты алдыңыз</translation>
    </message>
    <message>
        <source>Asked for the documents&apos; statuses</source>
        <translation>Құжаттардың мәртебелерін сұрадыңыз</translation>
    </message>
    <message>
        <source>Opened a document kept at the bank</source>
        <translation>Банкте сақталған құжатты аштыңыз</translation>
    </message>
    <message>
        <source>Looked at a document&apos;s signatures</source>
        <translation>Құжаттың қолтаңбаларын қарадыңыз</translation>
    </message>
    <message>
        <source>Opened this journal</source>
        <translation>Осы журналды аштыңыз</translation>
    </message>
    <message>
        <source>Looked at the list of letters</source>
        <translation>Хаттар тізімін қарадыңыз</translation>
    </message>
    <message>
        <source>Asked how large a letter may be</source>
        <translation>Хаттың рұқсат етілген көлемін сұрадыңыз</translation>
    </message>
    <message>
        <source>Checked for new letters</source>
        <translation>Жаңа хаттарды тексердіңіз</translation>
    </message>
    <message>
        <source>Opened a letter</source>
        <translation>Хатты аштыңыз</translation>
    </message>
    <message>
        <source>Saved a letter&apos;s attachment</source>
        <translation>Хаттың тіркемесін сақтадыңыз</translation>
    </message>
    <message>
        <source>Read the bank&apos;s password rules</source>
        <translation>Банктің құпиясөз ережелерін оқыдыңыз</translation>
    </message>
    <message>
        <source>Looked at the exchange rates</source>
        <translation>Валюта бағамдарын қарадыңыз</translation>
    </message>
    <message>
        <source>Checked the session</source>
        <translation>Сеансты тексердіңіз</translation>
    </message>
    <message>
        <source>Read data from the bank</source>
        <translation>Банктен деректер оқыдыңыз</translation>
    </message>
    <message>
        <source>Another request to the bank</source>
        <translation>Банкке басқа сұрау</translation>
    </message>
    <message>
        <source>Refused: wrong login or password</source>
        <translation>Қабылданбады: логин немесе құпиясөз қате</translation>
    </message>
    <message>
        <source>Refused: the current password was wrong</source>
        <translation>Қабылданбады: ағымдағы құпиясөз қате болды</translation>
    </message>
    <message>
        <source>Refused: access blocked</source>
        <translation>Қабылданбады: қолжетімділік бұғатталған</translation>
    </message>
    <message>
        <source>Refused: wrong one-time code</source>
        <translation>Қабылданбады: бір реттік код қате</translation>
    </message>
    <message>
        <source>Refused: the one-time code no longer holds</source>
        <translation>Қабылданбады: бір реттік код енді жарамсыз</translation>
    </message>
    <message>
        <source>Refused: the key&apos;s certificate is not this bank&apos;s</source>
        <translation>Қабылданбады: кілт сертификаты бұл банктікі емес</translation>
    </message>
    <message>
        <source>Refused: the bank does not know the certificate</source>
        <translation>Қабылданбады: банк бұл сертификатты білмейді</translation>
    </message>
    <message>
        <source>Refused: the key carrier is not yours</source>
        <translation>Қабылданбады: кілт тасығыш сіздікі емес</translation>
    </message>
    <message>
        <source>Refused: the session had ended</source>
        <translation>Қабылданбады: сеанс аяқталған еді</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Қабылданбады: рұқсат жоқ</translation>
    </message>
    <message>
        <source>Refused: not found at the bank</source>
        <translation>Қабылданбады: банкте табылмады</translation>
    </message>
    <message>
        <source>Refused: it had changed meanwhile</source>
        <translation>Қабылданбады: бұл арада өзгерген еді</translation>
    </message>
    <message>
        <source>Refused: the bank found mistakes</source>
        <translation>Қабылданбады: банк қателер тапты</translation>
    </message>
    <message>
        <source>Refused: too many attempts</source>
        <translation>Қабылданбады: әрекеттер тым көп</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>The document was not sent: the bank asks for the one-time code to confirm it. Send it again when you have the code.</source>
        <translation>Құжат жіберілмеді: банк оны растау үшін бір реттік кодты сұрайды. Код келгенде қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>The bank sent a login challenge that is not one: nothing was signed. This may be a fake server; call the bank.</source>
        <translation>Банк кіру сұрауы емес нәрсені кіру сұрауы ретінде жіберді: ештеңеге қол қойылмады. Бұл жалған сервер болуы мүмкін; банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>This carrier&apos;s key is not the one the bank knows for you: it belongs to another user. Insert your own key carrier and try again.</source>
        <translation>Бұл тасушыдағы кілт банк сіз үшін білетін кілт емес: ол басқа пайдаланушыға тиесілі. Өз кілт тасушыңызды салып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The certificate of the key on this carrier has been revoked, so it no longer opens your session. Insert a carrier with a valid key, or call the bank for a new certificate.</source>
        <translation>Бұл тасушыдағы кілттің сертификаты кері қайтарылған, сондықтан ол енді сеансыңызды ашпайды. Жарамды кілті бар тасушыны салыңыз немесе жаңа сертификат үшін банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The key on this carrier has no certificate of this bank that is valid now. Insert the carrier the bank gave you, or call the bank.</source>
        <translation>Бұл тасушыдағы кілттің осы банктің қазір жарамды сертификаты жоқ. Банк берген тасушыны салыңыз немесе банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank could not verify the carrier&apos;s signature of the login challenge. Try again; if this repeats, call the bank.</source>
        <translation>Банк кіру сұрауына тасушы қойған қолтаңбаны тексере алмады. Қайталап көріңіз; бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The login challenge expired before the carrier signed it. Try again: the bank sends a new one.</source>
        <translation>Кіру сұрауының мерзімі тасушы оған қол қойғанға дейін өтіп кетті. Қайталап көріңіз: банк жаңасын жібереді.</translation>
    </message>
    <message>
        <source>This login challenge was answered already and cannot be used again. Try again: the bank sends a new one.</source>
        <translation>Бұл кіру сұрауына жауап берілген, оны қайта пайдалануға болмайды. Қайталап көріңіз: банк жаңасын жібереді.</translation>
    </message>
    <message>
        <source>The bank did not give this login challenge to your session. Sign in again.</source>
        <translation>Банк бұл кіру сұрауын сіздің сеансыңызға бермеген. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The bank no longer waits for the carrier&apos;s proof for this session. Sign in again.</source>
        <translation>Банк бұл сеанс үшін тасушының растауын енді күтпейді. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The bank no longer waits for a login code for this session. Sign in again.</source>
        <translation>Банк бұл сеанс үшін кіру кодын енді күтпейді. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The login is not finished: the bank waits for the key carrier&apos;s proof or the one-time code. Sign in again.</source>
        <translation>Кіру аяқталған жоқ: банк кілт тасушының растауын немесе бір реттік кодты күтуде. Қайта кіріңіз.</translation>
    </message>
</context>
<context>
    <name>AccessActions</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Құпия сөзді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>My &amp;journal…</source>
        <translation>Менің &amp;журналым…</translation>
    </message>
    <message>
        <source>&amp;Block my access now…</source>
        <translation>Қолжетімділігімді қазір &amp;бұғаттау…</translation>
    </message>
    <message>
        <source>The password was changed. Use the new one from the next sign-in.</source>
        <translation>Құпия сөз өзгертілді. Келесі кіруден бастап жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Block my access</source>
        <translation>Қолжетімділігімді бұғаттау</translation>
    </message>
    <message>
        <source>The bank will block your access at once and you will be signed out. Only the bank can unblock it: call it on its official number. Block your access now?</source>
        <translation>Банк қолжетімділігіңізді бірден бұғаттайды және сіз жүйеден шығасыз. Оны тек банк бұғаттан шығара алады: банкке ресми нөмірі бойынша хабарласыңыз. Қолжетімділігіңізді қазір бұғаттау керек пе?</translation>
    </message>
    <message>
        <source>Blocking your access at the bank…</source>
        <translation>Банктегі қолжетімділігіңіз бұғатталуда…</translation>
    </message>
</context>
<context>
    <name>AccountTitle</name>
    <message>
        <source>Current account</source>
        <translation>Ағымдағы шот</translation>
    </message>
    <message>
        <source>Foreign currency account</source>
        <translation>Шетел валютасындағы шот</translation>
    </message>
    <message>
        <source>Salary account</source>
        <translation>Жалақы шоты</translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Қолжетімді</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Шот</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bringing the documents back from the bank…</source>
        <translation>Құжаттар банктен қайтарылуда…</translation>
    </message>
    <message>
        <source>Internet-Client</source>
        <translation>Интернет-Клиент</translation>
    </message>
</context>
<context>
    <name>AwaitingSignatures</name>
    <message>
        <source>Documents a first signer sent that await your second signature</source>
        <translation>Бірінші қол қоюшы жіберген, сіздің екінші қолтаңбаңызды күтіп тұрған құжаттар</translation>
    </message>
    <message>
        <source>Awaiting my si&amp;gnature ({count})</source>
        <translation>Менің қолтаңбамды &amp;күтуде ({count})</translation>
    </message>
    <message>
        <source>Awaiting my si&amp;gnature</source>
        <translation>Менің қолтаңбамды &amp;күтуде</translation>
    </message>
</context>
<context>
    <name>AwaitingWindow</name>
    <message>
        <source>Documents awaiting your signature</source>
        <translation>Сіздің қолтаңбаңызды күтіп тұрған құжаттар</translation>
    </message>
    <message>
        <source>These payment orders carry a first signature and await your second. Open one to check it, then sign it: the bank executes it after your signature.</source>
        <translation>Бұл төлем тапсырмаларында бірінші қолтаңба бар және олар сіздің екінші қолтаңбаңызды күтуде. Тексеру үшін біреуін ашыңыз, содан кейін қол қойыңыз: банк оны сіздің қолтаңбаңыздан кейін орындайды.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>First signature</source>
        <translation>Бірінші қолтаңба</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>No document awaits your signature.</source>
        <translation>Сіздің қолтаңбаңызды күтіп тұрған құжат жоқ.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>Қол қойып, &amp;жіберу</translation>
    </message>
    <message>
        <source>Place your second signature with the key carrier and send it to the bank</source>
        <translation>Кілт тасушымен екінші қолтаңбаңызды қойып, оны банкке жіберіңіз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Asking the bank for documents awaiting your signature…</source>
        <translation>Сіздің қолтаңбаңызды күтіп тұрған құжаттар банктен сұралуда…</translation>
    </message>
    <message>
        <source>Sign as second signer</source>
        <translation>Екінші қол қоюшы ретінде қол қою</translation>
    </message>
    <message>
        <source>Signing document {number} on the key carrier…</source>
        <translation>{number} құжатына кілт тасушыда қол қойылуда…</translation>
    </message>
    <message>
        <source>Sending the second signature of document {number} to the bank…</source>
        <translation>{number} құжатының екінші қолтаңбасы банкке жіберілуде…</translation>
    </message>
    <message>
        <source>Document {number} is signed and sent: {status}.</source>
        <translation>{number} құжатына қол қойылып, жіберілді: {status}.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>No movements in this period: the balance stayed the same.</source>
        <translation>Бұл кезеңде қозғалыс болған жоқ: қалдық өзгермеді.</translation>
    </message>
    <message>
        <source>Balance from {start} to {end}: {opening} at the start, {closing} at the end</source>
        <translation>{start} – {end} аралығындағы қалдық: басында {opening}, соңында {closing}</translation>
    </message>
    <message>
        <source>Balance, {currency}</source>
        <translation>Қалдық, {currency}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{day}: {balance} {currency}</source>
        <translation>{day}: {balance} {currency}</translation>
    </message>
</context>
<context>
    <name>Bank</name>
    <message>
        <source>The connection to {url} could not be secured: the server does not offer TLS 1.2 or newer, or broke off. Nothing was sent; call the bank.</source>
        <translation>{url} мекенжайымен қорғалған байланыс орнатылмады: сервер TLS 1.2 немесе одан жаңа нұсқасын ұсынбайды не байланысты үзіп тастады. Ештеңе жіберілген жоқ; банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the bank: its certificate is for another address. This may be a fake server; nothing was sent. Check the address and call the bank.</source>
        <translation>{url} сервері өзінің банк екенін растамады: оның сертификаты басқа мекенжайға берілген. Бұл жалған сервер болуы мүмкін; ештеңе жіберілген жоқ. Мекенжайды тексеріп, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the bank: its certificate has expired. Nothing was sent; call the bank.</source>
        <translation>{url} сервері өзінің банк екенін растамады: оның сертификатының мерзімі өтіп кеткен. Ештеңе жіберілген жоқ; банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the bank: its certificate is not from the bank&apos;s CA. This may be a fake server; nothing was sent. Check the address and call the bank.</source>
        <translation>{url} сервері өзінің банк екенін растамады: оның сертификатын банктің куәландырушы орталығы бермеген. Бұл жалған сервер болуы мүмкін; ештеңе жіберілген жоқ. Мекенжайды тексеріп, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Банктің жауабын оқу мүмкін болмады. Қайталап көріңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s address {url} does not start with https://. The client talks to the bank only over an encrypted connection; check the address in the settings.</source>
        <translation>Банктің {url} мекенжайы https:// деп басталмайды. Клиент банкпен тек шифрланған байланыс арқылы жұмыс істейді; баптаулардағы мекенжайды тексеріңіз.</translation>
    </message>
    <message>
        <source>The bank&apos;s CA certificate {path} cannot be read. Without it the client cannot tell the bank from a fake server; set it up again from the bank&apos;s file.</source>
        <translation>Банктің куәландырушы орталығының сертификатын ({path}) оқу мүмкін емес. Онсыз клиент банкті жалған серверден ажырата алмайды; сертификатты банк берген файлдан қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The bank at {url} did not answer within {seconds} seconds. Try again later: a document sent again is never paid twice.</source>
        <translation>{url} мекенжайындағы банк {seconds} секунд ішінде жауап бермеді. Кейінірек қайталап көріңіз: қайта жіберілген құжат ешқашан екі рет төленбейді.</translation>
    </message>
    <message>
        <source>Cannot reach the bank at {url}. Check the internet connection; if it works, the bank&apos;s server may be down: try again later.</source>
        <translation>{url} мекенжайындағы банкпен байланыс жоқ. Интернетке қосылуды тексеріңіз; егер ол жұмыс істеп тұрса, банк сервері істен шыққан болуы мүмкін: кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The login or password is wrong. Check the keyboard layout and Caps Lock, then try again: after three wrong tries the user is blocked.</source>
        <translation>Логин немесе құпия сөз қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз: үш рет қате енгізілгеннен кейін пайдаланушы бұғатталады.</translation>
    </message>
    <message>
        <source>The bank has blocked this user. After three wrong passwords, try again in 15 minutes; otherwise call the bank to unblock it.</source>
        <translation>Банк бұл пайдаланушыны бұғаттады. Егер құпия сөз үш рет қате енгізілген болса, 15 минуттан кейін қайталап көріңіз; әйтпесе бұғаттан шығару үшін банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Your session with the bank has ended. Log in again; nothing you saved is lost.</source>
        <translation>Банкпен сеанс аяқталды. Жүйеге қайта кіріңіз; сақтаған ештеңеңіз жоғалған жоқ.</translation>
    </message>
    <message>
        <source>The amount is more than the available balance of {available}.</source>
        <translation>Сома қолжетімді қалдықтан ({available}) көп.</translation>
    </message>
    <message>
        <source>At the bank&apos;s rate of {rate} when it executed the order, the debit would be {amount}, more than the {available} available; nothing was exchanged or held. Make a new order for a smaller amount.</source>
        <translation>Банк тапсырманы орындаған кездегі {rate} бағамымен есептен шығару {amount} болар еді, бұл қолжетімді {available} сомасынан көп; ештеңе айырбасталмады және бұғатталмады. Азырақ сомаға жаңа тапсырма жасаңыз.</translation>
    </message>
    <message>
        <source>The bank does not quote {currency} now; try again later or ask the bank.</source>
        <translation>Банк қазір {currency} бағамын бермейді; кейінірек қайталаңыз немесе банктен сұраңыз.</translation>
    </message>
    <message>
        <source>The document carries no signature. Sign it, then send it.</source>
        <translation>Құжатта қолтаңба жоқ. Оған қол қойып, содан кейін жіберіңіз.</translation>
    </message>
    <message>
        <source>The bank could not verify the signature: the document may have changed after signing. Sign it again; if this repeats, call the bank.</source>
        <translation>Банк қолтаңбаны тексере алмады: қол қойылғаннан кейін құжат өзгерген болуы мүмкін. Оған қайта қол қойыңыз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank does not accept the certificate of your signing key: it was not issued by the bank or has expired. Request a new key certificate.</source>
        <translation>Банк сіздің ЭСҚ кілтіңіздің сертификатын қабылдамайды: оны банк бермеген немесе оның мерзімі өтіп кеткен. Жаңа кілт сертификатын сұратыңыз.</translation>
    </message>
    <message>
        <source>The certificate of your signing key has been revoked. Request a new key certificate from the bank.</source>
        <translation>Сіздің ЭСҚ кілтіңіздің сертификаты кері қайтарылды. Банктен жаңа кілт сертификатын сұратыңыз.</translation>
    </message>
    <message>
        <source>The signer has no right to sign this company&apos;s payments. Ask the bank which signature rights each user has.</source>
        <translation>Қол қоюшының бұл компанияның төлемдеріне қол қою құқығы жоқ. Әр пайдаланушының қандай қолтаңба құқығы бар екенін банктен сұраңыз.</translation>
    </message>
    <message>
        <source>The payer&apos;s IIK is not an account of your company at this bank. Choose one of the company&apos;s accounts.</source>
        <translation>Төлеушінің ЖСК-сы сіздің компанияңыздың осы банктегі шоты емес. Компания шоттарының бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>The currency of the document is not the currency of the payer&apos;s account.</source>
        <translation>Құжаттың валютасы төлеуші шотының валютасымен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The bank refused the field {field}: {problem}</source>
        <translation>Банк {field} өрісін қабылдамады: {problem}</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s IIK is at this bank, but there is no such account. Check it against the beneficiary&apos;s documents.</source>
        <translation>Алушының ЖСК-сы осы банкке тиесілі, бірақ мұндай шот жоқ. Оны алушының құжаттарымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>The bank already holds a different document under this document&apos;s identifier; nothing was paid. Copy the document and send the copy.</source>
        <translation>Банкте осы құжаттың сәйкестендіргішімен басқа құжат бұрыннан бар; ештеңе төленген жоқ. Құжаттың көшірмесін жасап, көшірмені жіберіңіз.</translation>
    </message>
    <message>
        <source>The bank could not read the document; nothing was paid. If this repeats, call the bank.</source>
        <translation>Банк құжатты оқи алмады; ештеңе төленген жоқ. Егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The company has no account {iban} at this bank. Choose one of the company&apos;s accounts.</source>
        <translation>Компанияның осы банкте {iban} шоты жоқ. Компания шоттарының бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>The bank gives statements for periods of at most three years whose first day is not after the last. Choose another period.</source>
        <translation>Банк үзінді көшірмені ұзақтығы үш жылдан аспайтын, бірінші күні соңғы күнінен кейін болмайтын кезеңге береді. Басқа кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <source>The attachment {name} is larger than the bank accepts ({limit} bytes). Remove it or attach a smaller file.</source>
        <translation>{name} тіркемесі банк қабылдайтын көлемнен үлкен ({limit} байт). Оны алып тастаңыз немесе кішірек файл тіркеңіз.</translation>
    </message>
    <message>
        <source>The attachments together are larger than the bank accepts ({limit} bytes). Send some of them in another letter.</source>
        <translation>Тіркемелердің жалпы көлемі банк қабылдайтын көлемнен үлкен ({limit} байт). Олардың бір бөлігін басқа хатпен жіберіңіз.</translation>
    </message>
    <message>
        <source>The bank could not read the letter; it was not sent. If this repeats, call the bank.</source>
        <translation>Банк хатты оқи алмады; хат жіберілген жоқ. Егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank has no document of your company with this identifier: it may never have arrived. Refresh the list; if the document shows Sent, send it again or call the bank.</source>
        <translation>Банкте сіздің компанияңыздың осы идентификаторы бар құжаты жоқ: ол мүлде жетпеген болуы мүмкін. Тізімді жаңартыңыз; құжат «Жіберілген» болып тұрса, оны қайта жіберіңіз немесе банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank had already executed the document, so it can no longer be recalled. To get the money back, ask the beneficiary to return it.</source>
        <translation>Банк құжатты орындап қойған, сондықтан оны енді кері қайтарып алу мүмкін емес. Ақшаны қайтару үшін алушыдан оны қайтаруды сұраңыз.</translation>
    </message>
    <message>
        <source>The bank had rejected the document, so nothing was paid and there is nothing to recall.</source>
        <translation>Банк құжатты қабылдамаған, сондықтан ештеңе төленбеді және кері қайтарып алатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The bank could not read the recall request; the document was not recalled. If this repeats, call the bank.</source>
        <translation>Банк кері қайтарып алу сұрауын оқи алмады; құжат кері қайтарылмады. Бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Recalled at your company&apos;s request: {reason}</source>
        <translation>Компанияңыздың сұрауы бойынша кері қайтарылды: {reason}</translation>
    </message>
    <message>
        <source>{signer} has no right to sign documents at the bank. A user with the right to sign must sign it; ask the bank to change the rights if this is wrong.</source>
        <translation>{signer} банкте құжаттарға қол қою құқығы жоқ. Оған қол қою құқығы бар пайдаланушы қол қоюы керек; бұл қате болса, банктен құқықтарды өзгертуді сұраңыз.</translation>
    </message>
    <message>
        <source>{signer} has already signed this document; one person signs a document once. The second signature must come from another user with the second signature right.</source>
        <translation>{signer} бұл құжатқа қол қойып қойған; бір адам құжатқа бір рет қол қояды. Екінші қолтаңбаны екінші қолтаңба құқығы бар басқа пайдаланушы қоюы керек.</translation>
    </message>
    <message>
        <source>A document carries at most two signatures; this one has more. Copy it into a new document and sign that once or twice as your rights require.</source>
        <translation>Құжатта ең көбі екі қолтаңба болады; бұл құжатта одан көп. Оны жаңа құжатқа көшіріп, құқықтарыңызға қарай бір немесе екі рет қол қойыңыз.</translation>
    </message>
    <message>
        <source>The signatures do not fit the rights: a document needs one single signature, or a first and then a second. A user with the first signature right signs first.</source>
        <translation>Қолтаңбалар құқықтарға сәйкес келмейді: құжатқа бір жеке қолтаңба, немесе алдымен бірінші, содан кейін екінші қолтаңба қажет. Алдымен бірінші қолтаңба құқығы бар пайдаланушы қол қояды.</translation>
    </message>
    <message>
        <source>The document already has all the signatures it needs; no further signature is taken. Refresh the list to see its status.</source>
        <translation>Құжатта қажетті қолтаңбалардың бәрі бар; қосымша қолтаңба қабылданбайды. Оның мәртебесін көру үшін тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The document no longer awaits a signature: it was rejected or recalled. Refresh the list to see why.</source>
        <translation>Құжат енді қолтаңба күтпейді: ол қабылданбады немесе кері қайтарылды. Себебін көру үшін тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The bank could not read the signature; nothing was signed. If this repeats, call the bank.</source>
        <translation>Банк қолтаңбаны оқи алмады; ештеңеге қол қойылған жоқ. Егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it is shorter than {min_length} characters. Type a longer one.</source>
        <translation>Банк жаңа құпия сөзді қабылдамады: ол {min_length} таңбадан қысқа. Ұзынырақ құпия сөз енгізіңіз.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it is longer than {max_length} characters. Type a shorter one.</source>
        <translation>Банк жаңа құпия сөзді қабылдамады: ол {max_length} таңбадан ұзын. Қысқарақ құпия сөз енгізіңіз.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it holds only digits. Add a letter or a sign.</source>
        <translation>Банк жаңа құпия сөзді қабылдамады: ол тек цифрлардан тұрады. Әріп немесе белгі қосыңыз.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it holds your personal data (name, surname, birth date, phone or login). Choose one without them.</source>
        <translation>Банк жаңа құпия сөзді қабылдамады: онда сіздің дербес деректеріңіз бар (аты, тегі, туған күні, телефоны немесе логині). Оларсыз құпия сөз таңдаңыз.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it is one of your last {count} passwords. Choose a new one.</source>
        <translation>Банк жаңа құпия сөзді қабылдамады: ол соңғы {count} құпия сөзіңіздің бірі. Жаңасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The current password is wrong. Type the password you signed in with.</source>
        <translation>Қазіргі құпия сөз қате. Жүйеге кірген құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>The bank requires a new password before anything else. Change the password in Session → Change password…</source>
        <translation>Банк бәрінен бұрын жаңа құпия сөз талап етеді. Құпия сөзді Сеанс → Құпия сөзді өзгерту… арқылы өзгертіңіз.</translation>
    </message>
    <message>
        <source>The one-time code is wrong. Tries left: {tries_left}. Type the code from the latest message.</source>
        <translation>Бір реттік код қате. Қалған әрекеттер: {tries_left}. Соңғы хабарламадағы кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>The one-time code was typed wrong too often and no longer counts. Ask for a new code.</source>
        <translation>Бір реттік код тым көп рет қате енгізілді және енді жарамсыз. Жаңа код сұраңыз.</translation>
    </message>
    <message>
        <source>The one-time code has expired. Ask for a new code.</source>
        <translation>Бір реттік кодтың мерзімі өтті. Жаңа код сұраңыз.</translation>
    </message>
    <message>
        <source>A newer one-time code was sent; this one no longer counts. Type the code from the latest message.</source>
        <translation>Жаңарақ бір реттік код жіберілді; бұл код енді жарамсыз. Соңғы хабарламадағы кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>No one-time code is open for this. Ask for a new code.</source>
        <translation>Бұл үшін ашық бір реттік код жоқ. Жаңа код сұраңыз.</translation>
    </message>
    <message>
        <source>Too many one-time codes were asked for. Wait {wait_minutes} min., then ask for a new code. If you did not ask for them, call the bank.</source>
        <translation>Бір реттік кодтар тым көп сұралды. {wait_minutes} мин. күтіп, жаңа код сұраңыз. Егер оларды сіз сұрамаған болсаңыз, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Too many login attempts came from this computer or for this login. Wait {wait_seconds} s., then try again.</source>
        <translation>Осы компьютерден немесе осы логинмен кіру әрекеттері тым көп болды. {wait_seconds} сек. күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The bank has no phone number of yours to send a one-time code to. Call the bank to register one.</source>
        <translation>Банкте бір реттік код жіберетін телефон нөміріңіз жоқ. Нөмірді тіркеу үшін банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank refused: {message}</source>
        <translation>Банк бас тартты: {message}</translation>
    </message>
    <message>
        <source>The bank answered with an error (HTTP {status}). Try again later; if this repeats, call the bank.</source>
        <translation>Банк қатемен жауап берді (HTTP {status}). Кейінірек қайталап көріңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank has received key request {id} and will issue the certificate after approval. The new key is on the carrier; collect the certificate later.</source>
        <translation>Банк № {id} сертификатқа сұрауды алды және оны мақұлдағаннан кейін сертификат шығарады. Жаңа кілт кілтті тасушыға жазылды; сертификатты кейінірек алыңыз.</translation>
    </message>
    <message>
        <source>No bank server answers at {url}. Check the address in the bank&apos;s letter and the internet connection, then try again.</source>
        <translation>{url} мекенжайында банк сервері жауап бермейді. Банк хатындағы мекенжайды және интернет байланысын тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be read. This may not be the bank&apos;s server: do not go on, and call the bank on its official number.</source>
        <translation>Сервер сертификатын оқу мүмкін емес. Бұл банктің сервері болмауы мүмкін: әрі қарай жалғастырмаңыз, банкке ресми нөмірі бойынша хабарласыңыз.</translation>
    </message>
    <message>
        <source>The proxy {proxy} did not let the connection to the bank through (it answered &quot;{answer}&quot;). Ask IT staff to allow {host}, port {port}, through the proxy.</source>
        <translation>{proxy} прокси-сервері банкпен байланысты өткізбеді (жауабы: «{answer}»). IT мамандарынан прокси арқылы {host}, {port} портына қосылуға рұқсат беруді сұраңыз.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Not signed because of mistakes: open the document, correct the marked fields and sign it again.</source>
        <translation>Қателерге байланысты қол қойылмады: құжатты ашып, белгіленген өрістерді түзетіңіз де, қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>Not signed: the batch was cancelled before this document. It is still a draft; sign it again when ready.</source>
        <translation>Қол қойылмады: топтама осы құжатқа дейін тоқтатылды. Ол әлі жоба; дайын болғанда қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>Not signed: the key carrier was taken out or stopped answering before this document. It is still a draft and nothing of it went to the bank; sign it again once the carrier is back.</source>
        <translation>Қол қойылмады: осы құжатқа дейін кілт тасымалдағышы алынып тасталды немесе жауап бермей қалды. Құжат әлі жоба күйінде, банкке ештеңе жіберілмеді; тасымалдағыш орнына қайтқанда оған қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>An unexpected error stopped this document: {error}. Its status in the list is where it stands.</source>
        <translation>Күтпеген қате бұл құжатты тоқтатты: {error}. Оның қазіргі жағдайын тізімдегі мәртебесі көрсетеді.</translation>
    </message>
</context>
<context>
    <name>BatchSignDialog</name>
    <message numerus="yes">
        <source>Sign and send %n documents</source>
        <translation>
            <numerusform>%n құжатқа қол қойып жіберу</numerusform>
            <numerusform>%n құжатқа қол қойып жіберу</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%m ішінен %v</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <source>Stop before the next document. Documents already signed are still sent; the others stay drafts.</source>
        <translation>Келесі құжаттың алдында тоқтату. Қол қойылған құжаттар бәрібір жіберіледі; қалғандары жоба болып қалады.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Cancelling: the documents already signed are being sent…</source>
        <translation>Тоқтатылуда: қол қойылған құжаттар жіберілуде…</translation>
    </message>
    <message>
        <source>Signing with the key carrier opened at sign-in; the PIN is not asked again.</source>
        <translation>Кіру кезінде ашылған кілтті тасушымен қол қойылуда; PIN қайта сұралмайды.</translation>
    </message>
    <message>
        <source>Signing document {number}; the signed ones go to the bank meanwhile…</source>
        <translation>{number} құжатына қол қойылуда; қол қойылғандары осы уақытта банкке жіберілуде…</translation>
    </message>
    <message numerus="yes">
        <source>{sent} of %n documents signed and sent to the bank.</source>
        <translation>
            <numerusform>%n құжаттың {sent} құжатына қол қойылып, банкке жіберілді.</numerusform>
            <numerusform>%n құжаттың {sent} құжатына қол қойылып, банкке жіберілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bank rejected %n of them.</source>
        <translation>
            <numerusform>Банк олардың %n құжатын қабылдамады.</numerusform>
            <numerusform>Банк олардың %n құжатын қабылдамады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed because of mistakes.</source>
        <translation>
            <numerusform>%n құжатқа қателер салдарынан қол қойылмады.</numerusform>
            <numerusform>%n құжатқа қателер салдарынан қол қойылмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n құжат жіберілмеді.</numerusform>
            <numerusform>%n құжат жіберілмеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed because you cancelled.</source>
        <translation>
            <numerusform>Сіз тоқтатқандықтан %n құжатқа қол қойылмады.</numerusform>
            <numerusform>Сіз тоқтатқандықтан %n құжатқа қол қойылмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent; rejected by the bank</source>
        <translation>Жіберілді; банк қабылдамады</translation>
    </message>
    <message>
        <source>Sent; executed by the bank</source>
        <translation>Жіберілді; банк орындады</translation>
    </message>
    <message>
        <source>Sent; awaits the second signature</source>
        <translation>Жіберілді; екінші қолтаңбаны күтуде</translation>
    </message>
    <message>
        <source>Sent; accepted by the bank</source>
        <translation>Жіберілді; банк қабылдады</translation>
    </message>
    <message>
        <source>Not signed: mistakes</source>
        <translation>Қол қойылмады: қателер бар</translation>
    </message>
    <message>
        <source>Cancelled; signed, still to send</source>
        <translation>Тоқтатылды; қол қойылған, әлі жіберілмеген</translation>
    </message>
    <message>
        <source>Cancelled; still a draft</source>
        <translation>Тоқтатылды; әлі жоба</translation>
    </message>
    <message>
        <source>Sent; the bank&apos;s answer did not come</source>
        <translation>Жіберілді; банктің жауабы келмеді</translation>
    </message>
    <message>
        <source>Signed; not sent</source>
        <translation>Қол қойылды; жіберілмеді</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Қол қойылмады</translation>
    </message>
    <message>
        <source>The table says why for each; open a document from the payment list to correct it or to sign it again.</source>
        <translation>Әрқайсысының себебі кестеде көрсетілген; түзету немесе қайта қол қою үшін құжатты төлемдер тізімінен ашыңыз.</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>K&amp;BK:</source>
        <translation>БСК (бю&amp;джет):</translation>
    </message>
    <message>
        <source>Budget classification code, e.g. 101201 for individual income tax</source>
        <translation>Бюджеттік сыныптама коды, мысалы жеке табыс салығы үшін 101201</translation>
    </message>
    <message>
        <source>&amp;Tax authority:</source>
        <translation>&amp;Салық органы:</translation>
    </message>
    <message>
        <source>Type a region, a name or a BIN</source>
        <translation>Өңірді, атауды немесе БСН-ді теріңіз</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>{name} (KNP {knp})</source>
        <translation>{name} (ТМК {knp})</translation>
    </message>
</context>
<context>
    <name>CarrierPage</name>
    <message>
        <source>The key carrier</source>
        <translation>Кілт тасушы</translation>
    </message>
    <message>
        <source>Insert the key carrier (the token with your signing key) and type its PIN. The client lists the keys it holds.</source>
        <translation>Кілт тасушыны (қол қою кілтіңіз бар токенді) салып, оның ПИН-кодын енгізіңіз. Бағдарлама ондағы кілттерді көрсетеді.</translation>
    </message>
    <message>
        <source>Carrier &amp;driver:</source>
        <translation>Тасушы &amp;драйвері:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Тасушы:</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>Оқу құрылғысы:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>Қайта &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамдылығы</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>not looked for yet</source>
        <translation>әлі ізделмеді</translation>
    </message>
    <message>
        <source>The key carrier&apos;s PKCS#11 driver</source>
        <translation>Кілт тасушының PKCS#11 драйвері</translation>
    </message>
    <message>
        <source>No key carrier driver was found on this computer. Choose the driver file your IT staff or the bank named.</source>
        <translation>Бұл компьютерде кілт тасушының драйвері табылмады. IT қызметкерлері немесе банк атаған драйвер файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Looking for the key carrier…</source>
        <translation>Кілтті тасушы ізделуде…</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>ізделуде…</translation>
    </message>
    <message>
        <source>{label} (serial {serial})</source>
        <translation>{label} (сериялық нөмірі {serial})</translation>
    </message>
    <message>
        <source>{label} (serial {serial}), {maker} {model}</source>
        <translation>{label} (сериялық нөмірі {serial}), {maker} {model}</translation>
    </message>
    <message>
        <source>{token}; driver: {carrier}</source>
        <translation>{token}; драйвер: {carrier}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>Type the PIN of the key carrier.</source>
        <translation>Кілтті тасушының ПИН-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Opening the key carrier…</source>
        <translation>Кілт тасушы ашылуда…</translation>
    </message>
    <message>
        <source>no certificate yet</source>
        <translation>сертификат әлі жоқ</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>The carrier holds a key certified by this bank: it will be used for signing.</source>
        <translation>Тасушыда осы банк куәландырған кілт бар: қол қою үшін сол пайдаланылады.</translation>
    </message>
    <message>
        <source>The carrier holds no certificate from this bank yet: after you sign in, the client makes a new key on the carrier and requests it.</source>
        <translation>Тасушыда әзірге осы банктің сертификаты жоқ: кіргеннен кейін бағдарлама тасушыда жаңа кілт жасап, оған сертификат сұрайды.</translation>
    </message>
</context>
<context>
    <name>CarrierReminder</name>
    <message>
        <source>Key carrier</source>
        <translation>Кілт тасығыш</translation>
    </message>
    <message>
        <source>Take the key carrier out when you leave</source>
        <translation>Кетерде кілтті тасушыны суырып алыңыз</translation>
    </message>
    <message>
        <source>The client has not been used for {minutes} min and the key carrier is still plugged in. Whenever you leave the workplace, take the carrier out of the computer and keep it with you: with it, anyone at this computer can sign payments in your company&apos;s name. Plug it in only to work in this client.</source>
        <translation>Клиент {minutes} мин бойы пайдаланылмады, ал кілтті тасушы әлі қосулы тұр. Жұмыс орныңыздан кеткен сайын тасушыны компьютерден суырып алып, өзіңізбен бірге алып жүріңіз: онымен осы компьютердегі кез келген адам сіздің компанияңыздың атынан төлемдерге қол қоя алады. Тасушыны тек осы клиентте жұмыс істеу үшін ғана қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпия сөзді өзгерту</translation>
    </message>
    <message>
        <source>This is your first sign-in: replace the password from the PIN envelope with one only you know.</source>
        <translation>Бұл сіздің алғашқы кіруіңіз: PIN-конверттегі құпия сөзді тек өзіңіз білетін құпия сөзге ауыстырыңыз.</translation>
    </message>
    <message>
        <source>Your password has expired: the bank asks for a new one before you go on.</source>
        <translation>Құпия сөзіңіздің мерзімі өтті: жалғастырмас бұрын банк жаңасын сұрайды.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Қазіргі құпия сөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпия сөз:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The bank&apos;s rules for the new password:</source>
        <translation>Жаңа құпия сөзге банктің талаптары:</translation>
    </message>
    <message>
        <source>Reading the bank&apos;s password rules…</source>
        <translation>Банктің құпия сөз талаптары оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Кемінде %n таңба</numerusform>
            <numerusform>Кемінде %n таңба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Ең көбі %n таңба</numerusform>
            <numerusform>Ең көбі %n таңба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of your last %n passwords (the bank checks this)</source>
        <translation>
            <numerusform>Соңғы %n құпиясөзіңіздің ешқайсысы емес (банк тексереді)</numerusform>
            <numerusform>Соңғы %n құпиясөзіңіздің ешқайсысы емес (банк тексереді)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not digits only: at least one letter or sign</source>
        <translation>Тек цифрлардан тұрмайды: кемінде бір әріп немесе белгі</translation>
    </message>
    <message>
        <source>No name, surname, birth date, phone or login of yours</source>
        <translation>Атыңыз, тегіңіз, туған күніңіз, телефоныңыз немесе логиніңіз жоқ</translation>
    </message>
    <message>
        <source>&quot;Again&quot; matches the new password</source>
        <translation>«Қайталау» жаңа құпия сөзбен сәйкес келеді</translation>
    </message>
    <message>
        <source>The password was not changed: the one-time code was not confirmed.</source>
        <translation>Құпия сөз өзгертілмеді: бір реттік код расталмады.</translation>
    </message>
    <message>
        <source>Asking the bank…</source>
        <translation>Банктен сұралуда…</translation>
    </message>
</context>
<context>
    <name>CheckOneC</name>
    <message>
        <source>Nothing in the file can be imported.</source>
        <translation>Файлдан ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Document {number} (line {line}): valid.</source>
        <translation>{number} құжаты ({line}-жол): дұрыс.</translation>
    </message>
    <message>
        <source>Document {number} (line {line}): not valid.</source>
        <translation>{number} құжаты ({line}-жол): қате бар.</translation>
    </message>
    <message>
        <source>{valid} of {total} documents are valid.</source>
        <translation>{total} құжаттың {valid} дұрыс.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The settings file {path} lacks &quot;{key}&quot; in section [{section}]. Ask IT staff for a complete file.</source>
        <translation>{path} баптаулар файлының [{section}] бөлімінде «{key}» параметрі жоқ. IT мамандарынан толық файлды сұраңыз.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read.</source>
        <translation>{path} баптаулар файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The settings file {path} has a mistake: {problem}</source>
        <translation>{path} баптаулар файлында қате бар: {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} gives idle_reminder_minutes as &quot;{value}&quot;; use a number of minutes (0 turns the reminder off).</source>
        <translation>{path} баптаулар файлында idle_reminder_minutes мәні «{value}» деп берілген; минут санын көрсетіңіз (0 еске салуды өшіреді).</translation>
    </message>
    <message>
        <source>The settings file {path} gives lock_after_minutes as &quot;{value}&quot;; use a number of minutes (0 turns the idle lock off).</source>
        <translation>Баптаулар файлы {path} lock_after_minutes мәнін &quot;{value}&quot; деп береді; минут санын жазыңыз (0 бұғаттауды өшіреді).</translation>
    </message>
    <message>
        <source>The settings file {path} names the language &quot;{value}&quot;; use one of: {languages}.</source>
        <translation>{path} баптаулар файлында «{value}» тілі көрсетілген; мыналардың бірін пайдаланыңыз: {languages}.</translation>
    </message>
    <message>
        <source>The deployment file {path} cannot be read.</source>
        <translation>{path} орнату файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The deployment file {path} has a mistake: {problem}</source>
        <translation>{path} орнату файлында қате бар: {problem}</translation>
    </message>
    <message>
        <source>The deployment file {path} gives ca_fingerprint as &quot;{value}&quot;; it must be the 64 hexadecimal digits of a SHA-256 fingerprint, as the bank prints them.</source>
        <translation>{path} орнату файлында ca_fingerprint мәні &quot;{value}&quot;; ол банк басып шығаратындай SHA-256 саусақ ізінің 64 он алтылық цифры болуы керек.</translation>
    </message>
    <message>
        <source>The deployment file {path} names the language &quot;{value}&quot;; use one of: {languages}.</source>
        <translation>{path} орнату файлында &quot;{value}&quot; тілі көрсетілген; мыналардың бірін пайдаланыңыз: {languages}.</translation>
    </message>
    <message>
        <source>The proxy &quot;{proxy}&quot; is not an address like http://proxy.company.kz:3128. Ask IT staff for the proxy&apos;s address, or write &quot;system&quot; to use the computer&apos;s own proxy settings.</source>
        <translation>«{proxy}» прокси-сервері http://proxy.company.kz:3128 сияқты мекенжай түрінде көрсетілмеген. Прокси мекенжайын IT мамандарынан біліңіз немесе осы компьютердің прокси баптауларын пайдалану үшін «system» деп жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
</context>
<context>
    <name>Cosigning</name>
    <message>
        <source>The bank&apos;s list of documents awaiting your signature could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Сіздің қолтаңбаңызды күтіп тұрған құжаттардың банктегі тізімін оқу мүмкін болмады. Қайталап көріңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Document {number} cannot be signed: the bytes the bank holds are not the order shown. Do not sign it; call the bank.</source>
        <translation>{number} құжатына қол қоюға болмайды: банктегі байттар көрсетілген тапсырма емес. Оған қол қоймаңыз; банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Document {number} cannot be signed: its first signature does not verify. Do not sign it; call the bank.</source>
        <translation>{number} құжатына қол қоюға болмайды: оның бірінші қолтаңбасы тексерілмейді. Оған қол қоймаңыз; банкке хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>Counterparties</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>Кбе</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Mistakes in the counterparty: {count}. Correct the marked fields, then save.</source>
        <translation>Контрагенттегі қателер: {count}. Белгіленген өрістерді түзетіп, сақтаңыз.</translation>
    </message>
    <message>
        <source>The directory already has a counterparty with IIN/BIN {bin} and IIK {iban}. Edit that entry instead.</source>
        <translation>Анықтамалықта ЖСН/БСН {bin} және ЖСК {iban} бар контрагент бұрыннан бар. Оның орнына сол жазбаны өзгертіңіз.</translation>
    </message>
    <message>
        <source>This IIN/BIN and IIK are already in the directory.</source>
        <translation>Бұл ЖСН/БСН мен ЖСК анықтамалықта бұрыннан бар.</translation>
    </message>
    <message>
        <source>The counterparty is no longer in the directory; it may have been deleted in another window.</source>
        <translation>Контрагент анықтамалықта енді жоқ; ол басқа терезеде жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Document {number}: the beneficiary was not added. {problem}</source>
        <translation>{number} құжаты: алушы қосылмады. {problem}</translation>
    </message>
</context>
<context>
    <name>CounterpartyWindow</name>
    <message>
        <source>Choose a counterparty</source>
        <translation>Контрагентті таңдау</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Контрагенттер</translation>
    </message>
    <message>
        <source>Find a counterparty</source>
        <translation>Контрагентті іздеу</translation>
    </message>
    <message>
        <source>Find by name, IIN/BIN or IIK</source>
        <translation>Атауы, ЖСН/БСН немесе ЖСК бойынша іздеу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>Кбе</translation>
    </message>
    <message>
        <source>The directory is empty. Choose Fill from sent documents to add the beneficiaries of documents already sent, or New to type one.</source>
        <translation>Анықтамалық бос. Жіберілген құжаттардың алушыларын қосу үшін «Жіберілген құжаттардан толтыру» батырмасын, ал қолмен енгізу үшін «Жаңа» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Fill from sent documents</source>
        <translation>Жіберілген құжаттардан &amp;толтыру</translation>
    </message>
    <message>
        <source>Add the beneficiary of every document sent to the bank that is not in the directory yet</source>
        <translation>Банкке жіберілген әр құжаттың анықтамалықта әлі жоқ алушысын қосу</translation>
    </message>
    <message>
        <source>&amp;Fill the beneficiary</source>
        <translation>Алушыны &amp;толтыру</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;IIN/BIN:</source>
        <translation>&amp;ЖСН/БСН:</translation>
    </message>
    <message>
        <source>II&amp;K:</source>
        <translation>Ж&amp;СК:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;БСК:</translation>
    </message>
    <message>
        <source>KB&amp;e:</source>
        <translation>Кб&amp;е:</translation>
    </message>
    <message>
        <source>Residency (1 resident, 2 non-resident) and sector, e.g. 17</source>
        <translation>Резиденттік белгісі (1 — резидент, 2 — резидент емес) және экономика секторы, мысалы, 17</translation>
    </message>
    <message>
        <source>New counterparty</source>
        <translation>Жаңа контрагент</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Жа&amp;ңа</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The directory is empty. Fill it in the Counterparties window of the Documents menu, from sent documents or by hand.</source>
        <translation>Анықтамалық бос. Оны «Құжаттар» мәзіріндегі «Контрагенттер» терезесінде жіберілген құжаттардан немесе қолмен толтырыңыз.</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message numerus="yes">
        <source>The counterparty has %n mistakes; each is written under its field.</source>
        <translation>
            <numerusform>Контрагентте %n қате бар; әрқайсысы өз өрісінің астында жазылған.</numerusform>
            <numerusform>Контрагентте %n қате бар; әрқайсысы өз өрісінің астында жазылған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n counterparties from sent documents.</source>
        <translation>
            <numerusform>Жіберілген құжаттардан %n контрагент қосылды.</numerusform>
            <numerusform>Жіберілген құжаттардан %n контрагент қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the directory.</source>
        <translation>
            <numerusform>%n контрагент анықтамалықта бұрыннан бар еді.</numerusform>
            <numerusform>%n контрагент анықтамалықта бұрыннан бар еді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not added for the same kind of reasons.</source>
        <translation>
            <numerusform>… және тағы %n контрагент осындай себептермен қосылмады.</numerusform>
            <numerusform>… және тағы %n контрагент осындай себептермен қосылмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is saved in the directory.</source>
        <translation>{name} анықтамалықта сақталды.</translation>
    </message>
    <message>
        <source>Delete {name} from the counterparties directory? Documents already made for it are kept.</source>
        <translation>{name} контрагенттер анықтамалығынан жойылсын ба? Оған жасалған құжаттар сақталады.</translation>
    </message>
    <message>
        <source>{name} was deleted from the directory.</source>
        <translation>{name} анықтамалықтан жойылды.</translation>
    </message>
    <message>
        <source>Reading the documents sent to the bank…</source>
        <translation>Банкке жіберілген құжаттар оқылуда…</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The certificate is damaged or is not an X.509 certificate. Request the certificate from the bank again.</source>
        <translation>Сертификат бүлінген немесе X.509 сертификаты емес. Сертификатты банктен қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>The signature is damaged or is not a CMS signature. Sign the document again.</source>
        <translation>Қолтаңба бүлінген немесе CMS қолтаңбасы емес. Құжатқа қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>The signature does not match the document ({reason}). The document may have been changed after signing: check it and sign it again.</source>
        <translation>Қолтаңба құжатқа сәйкес келмейді ({reason}). Қол қойылғаннан кейін құжат өзгертілген болуы мүмкін: оны тексеріп, қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted ({reason}). Check that the key carrier holds the certificate issued by your bank.</source>
        <translation>Қол қоюшының сертификаты сенімді емес ({reason}). Кілтті тасушыда сіздің банкіңіз берген сертификат бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The document cannot be prepared for signing ({reason}). Check its fields and try again.</source>
        <translation>Құжатты қол қоюға дайындау мүмкін емес ({reason}). Оның өрістерін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The public key read from the key carrier is damaged, so no certificate request can be made. Generate a new key on the carrier and try again.</source>
        <translation>Кілтті тасушыдан оқылған ашық кілт бүлінген, сондықтан сертификатқа сұрау жасау мүмкін емес. Тасушыда жаңа кілт жасап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The new key&apos;s public part cannot be read, so no act can be printed for it. Make the key again.</source>
        <translation>Жаңа кілттің ашық бөлігі оқылмайды, сондықтан оған акт басып шығару мүмкін емес. Кілтті қайта жасаңыз.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <source>The bank&apos;s list of directories could not be read; the directories in use stay as they are.</source>
        <translation>Банктің анықтамалықтар тізімі оқылмады; қолданыстағы анықтамалықтар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>The bank sent the directory in another version than it announced; the previous version stays in use.</source>
        <translation>Банк анықтамалықты өзі хабарлаған нұсқадан басқа нұсқада жіберді; алдыңғы нұсқасы қолданыста қалады.</translation>
    </message>
    <message>
        <source>The directory could not be saved in {folder}; the previous version stays in use. Check that the disk has room.</source>
        <translation>Анықтамалықты {folder} ішіне сақтау мүмкін болмады; алдыңғы нұсқасы қолданыста қалады. Дискіде орын бар-жоғын тексеріңіз.</translation>
    </message>
    <message>
        <source>The directory is damaged ({problem}); the previous version stays in use.</source>
        <translation>Анықтамалық бүлінген ({problem}); алдыңғы нұсқасы қолданыста қалады.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (XLSX) that can be read: {problem}</source>
        <translation>{file} — оқуға болатын Excel кітабы (XLSX) емес: {problem}</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>KNP: payment purpose codes</source>
        <translation>ТМК: төлем мақсатының кодтары</translation>
    </message>
    <message>
        <source>Residency: first digit of KBe/KOd</source>
        <translation>Резиденттік: Кбе/КОд бірінші цифры</translation>
    </message>
    <message>
        <source>Sectors of the economy: second digit of KBe/KOd</source>
        <translation>Экономика секторлары: Кбе/КОд екінші цифры</translation>
    </message>
    <message>
        <source>KBK: budget classification codes</source>
        <translation>Бюджеттік сыныптама кодтары</translation>
    </message>
    <message>
        <source>Banks of Kazakhstan</source>
        <translation>Қазақстан банктері</translation>
    </message>
    <message>
        <source>Budget recipients: tax authorities</source>
        <translation>Бюджетке алушылар: салық органдары</translation>
    </message>
    <message>
        <source>Pension and social funds</source>
        <translation>Зейнетақы және әлеуметтік қорлар</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>seen in banks&apos; use</source>
        <translation>банктердің қолданысында кездескен</translation>
    </message>
    <message>
        <source>seen once, not confirmed</source>
        <translation>бір рет кездескен, расталмаған</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>расталмаған</translation>
    </message>
    <message>
        <source>demo sample, not real</source>
        <translation>демо үлгі, нақты емес</translation>
    </message>
    <message>
        <source>pension</source>
        <translation>зейнетақы</translation>
    </message>
    <message>
        <source>social</source>
        <translation>әлеуметтік</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>Кбе</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Банк коды</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Орган коды</translation>
    </message>
    <message>
        <source>KNPs accepted</source>
        <translation>Қабылданатын ТМК</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <source>Find in the directory</source>
        <translation>Анықтамалықтан іздеу</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Код немесе атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Деректемелер</translation>
    </message>
    <message>
        <source>&amp;Update from the bank</source>
        <translation>Банктен &amp;жаңарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>From the register in {edition}</source>
        <translation>{edition} ішіндегі тізілімнен</translation>
    </message>
    <message>
        <source>received from the bank</source>
        <translation>банктен алынған</translation>
    </message>
    <message>
        <source>shipped with the client</source>
        <translation>клиентпен бірге жеткізілген</translation>
    </message>
    <message>
        <source>Version {version} of {date}, {origin}</source>
        <translation>{date} күнгі {version} нұсқа, {origin}</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Дереккөз: {sources}</translation>
    </message>
    <message>
        <source>Not the complete list. {note}</source>
        <translation>Толық тізім емес. {note}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} entries</source>
        <translation>
            <numerusform>{total} жазбаның {shown}</numerusform>
            <numerusform>{total} жазбаның {shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>How sure: {status}</source>
        <translation>Сенімділігі: {status}</translation>
    </message>
    <message>
        <source>Asking the bank for newer directories…</source>
        <translation>Банктен жаңа анықтамалықтар сұралуда…</translation>
    </message>
    <message>
        <source>{directory}: now version {version}.</source>
        <translation>{directory}: енді {version} нұсқа.</translation>
    </message>
    <message>
        <source>{directory}: {problem}</source>
        <translation>{directory}: {problem}</translation>
    </message>
    <message>
        <source>All directories are up to date.</source>
        <translation>Барлық анықтамалықтар жаңартылған.</translation>
    </message>
</context>
<context>
    <name>DocumentComforts</name>
    <message>
        <source>&amp;Copy to new draft</source>
        <translation>Жаңа жобаға кө&amp;шіру</translation>
    </message>
    <message>
        <source>Make a new draft with the parties, amount and purpose of the selected document</source>
        <translation>Таңдалған құжаттың тараптарымен, сомасымен және мақсатымен жаңа жоба жасау</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Үлгі ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>T&amp;emplates…</source>
        <translation>Ү&amp;лгілер…</translation>
    </message>
    <message>
        <source>C&amp;ounterparties…</source>
        <translation>К&amp;онтрагенттер…</translation>
    </message>
    <message>
        <source>Reca&amp;ll…</source>
        <translation>Кері қайтарып ал&amp;у…</translation>
    </message>
    <message>
        <source>Ask the bank to recall the selected sent document before it is executed</source>
        <translation>Банктен таңдалған жіберілген құжатты орындалғанға дейін кері қайтаруды сұрау</translation>
    </message>
    <message>
        <source>Select one document in the payment list, then choose Copy to new draft in the Documents menu.</source>
        <translation>Төлем тізімінен бір құжатты таңдаңыз, содан кейін «Құжаттар» мәзірінен «Жаңа жобаға көшіру» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Draft payment order {number} was made; it is open in the editor.</source>
        <translation>{number} төлем тапсырмасының жобасы жасалды; ол редакторда ашық.</translation>
    </message>
    <message>
        <source>Select one document in the payment list, then choose Save as template in the Documents menu.</source>
        <translation>Төлем тізімінен бір құжатты таңдаңыз, содан кейін «Құжаттар» мәзірінен «Үлгі ретінде сақтау» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Template “{name}” was saved.</source>
        <translation>«{name}» үлгісі сақталды.</translation>
    </message>
    <message>
        <source>Select one sent document in the payment list, then choose Recall in the Documents menu.</source>
        <translation>Төлем тізімінен бір жіберілген құжатты таңдаңыз, содан кейін «Құжаттар» мәзірінен «Кері қайтарып алу» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a document sent to the bank and not yet executed can be recalled; payment order {number} is not.</source>
        <translation>Банкке жіберілген және әлі орындалмаған құжатты ғана кері қайтарып алуға болады; {number} төлем тапсырмасы ондай емес.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>&amp;Payment order</source>
        <translation>&amp;Төлем тапсырмасы</translation>
    </message>
    <message>
        <source>Payment order</source>
        <translation>Төлем тапсырмасы</translation>
    </message>
    <message>
        <source>Payment order {number}</source>
        <translation>№ {number} төлем тапсырмасы</translation>
    </message>
    <message>
        <source>Payment to the &amp;budget (taxes)</source>
        <translation>&amp;Бюджетке төлем (салықтар)</translation>
    </message>
    <message>
        <source>Payment to the budget</source>
        <translation>Бюджетке төлем</translation>
    </message>
    <message>
        <source>Payment to the budget {number}</source>
        <translation>Бюджетке төлем {number}</translation>
    </message>
    <message>
        <source>P&amp;ension contributions</source>
        <translation>&amp;Зейнетақы жарналары</translation>
    </message>
    <message>
        <source>Pension contributions</source>
        <translation>Зейнетақы жарналары</translation>
    </message>
    <message>
        <source>Pension contributions {number}</source>
        <translation>Зейнетақы жарналары {number}</translation>
    </message>
    <message>
        <source>&amp;Social contributions</source>
        <translation>&amp;Әлеуметтік аударымдар</translation>
    </message>
    <message>
        <source>Social contributions</source>
        <translation>Әлеуметтік аударымдар</translation>
    </message>
    <message>
        <source>Social contributions {number}</source>
        <translation>Әлеуметтік аударымдар {number}</translation>
    </message>
    <message>
        <source>Sa&amp;lary payment</source>
        <translation>&amp;Жалақы төлеу</translation>
    </message>
    <message>
        <source>Salary payment</source>
        <translation>Жалақы төлеу</translation>
    </message>
    <message>
        <source>Salary payment {number}</source>
        <translation>Жалақы төлеу {number}</translation>
    </message>
    <message>
        <source>Payment in &amp;foreign currency</source>
        <translation>&amp;Шетел валютасындағы төлем</translation>
    </message>
    <message>
        <source>Payment in foreign currency</source>
        <translation>Шетел валютасындағы төлем</translation>
    </message>
    <message>
        <source>Payment in foreign currency {number}</source>
        <translation>Шетел валютасындағы төлем {number}</translation>
    </message>
    <message>
        <source>Buy or sell &amp;currency</source>
        <translation>&amp;Валютаны сатып алу немесе сату</translation>
    </message>
    <message>
        <source>Currency purchase or sale</source>
        <translation>Валютаны сатып алу немесе сату</translation>
    </message>
    <message>
        <source>Currency purchase or sale {number}</source>
        <translation>Валютаны сатып алу немесе сату {number}</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілген</translation>
    </message>
    <message>
        <source>Accepted by the bank</source>
        <translation>Банк қабылдаған</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Орындалған</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Кері қайтарылған</translation>
    </message>
    <message>
        <source>Awaiting the second signature</source>
        <translation>Екінші қолтаңбаны күтуде</translation>
    </message>
</context>
<context>
    <name>EditorComforts</name>
    <message>
        <source>Choose from &amp;counterparties…</source>
        <translation>&amp;Контрагенттерден таңдау…</translation>
    </message>
    <message>
        <source>Fill the beneficiary from the counterparties directory</source>
        <translation>Алушыны контрагенттер анықтамалығынан толтыру</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Кө&amp;шірме</translation>
    </message>
    <message>
        <source>Make a new draft with this document&apos;s parties, amount and purpose</source>
        <translation>Осы құжаттың тараптарымен, сомасымен және мақсатымен жаңа жоба жасау</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Ү&amp;лгі ретінде сақтау…</translation>
    </message>
    <message>
        <source>Reca&amp;ll…</source>
        <translation>Кері қ&amp;айтарып алу…</translation>
    </message>
    <message>
        <source>Ask the bank to recall this document before it is executed</source>
        <translation>Банктен бұл құжатты орындалғанға дейін кері қайтаруды сұрау</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside the program. Your saved documents are kept; try again, and if this repeats, send the details to the bank&apos;s support.</source>
        <translation>Бағдарламада ішкі қате орын алды. Сақталған құжаттарыңыз жоғалған жоқ; қайталап көріңіз, ал егер бұл қайталанса, толық мәліметтерді банктің техникалық қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>Internet-Client</source>
        <translation>Интернет-Клиент</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file {path} cannot be read ({reason}). Check that it exists and that you may open it.</source>
        <translation>{path} файлын оқу мүмкін емес ({reason}). Файлдың бар екенін және оны ашуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB (it passes that size at line {line}); a 1C exchange file is far smaller. Check that you chose the right file.</source>
        <translation>Файл {limit} МБ-тан үлкен ({line}-жолда осы көлемнен асады); 1С алмасу файлы әлдеқайда кіші болады. Дұрыс файлды таңдағаныңызды тексеріңіз.</translation>
    </message>
    <message>
        <source>Line {line}: the file is saved in UTF-16, which 1C exchange files do not use. Save it again from the accounting program in Windows-1251 or UTF-8.</source>
        <translation>{line}-жол: файл UTF-16 кодтамасында сақталған, ал 1С алмасу файлдары оны пайдаланбайды. Оны бухгалтерлік бағдарламадан Windows-1251 немесе UTF-8 кодтамасында қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Line {line} does not start a 1C exchange file (the first line must be {first}): this is not a file exported for the bank from 1C. Check that you chose the right file.</source>
        <translation>{line}-жол 1С алмасу файлының басы емес (бірінші жол {first} болуы тиіс): бұл 1С-тен банк үшін экспортталған файл емес. Дұрыс файлды таңдағаныңызды тексеріңіз.</translation>
    </message>
    <message>
        <source>Line {line} says the file is in {claimed}, but the file starts with the mark of UTF-8: it was saved in another encoding than it says. Export it again from the accounting program.</source>
        <translation>{line}-жолда файлдың кодтамасы {claimed} деп көрсетілген, бірақ файл UTF-8 белгісінен басталады: ол көрсетілгеннен басқа кодтамада сақталған. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} holds a control character (code {code}) that a text file cannot contain: the file is damaged or is not a 1C exchange file.</source>
        <translation>{line}-жолда мәтіндік файлда болмайтын басқару таңбасы (коды {code}) бар: файл бүлінген немесе 1С алмасу файлы емес.</translation>
    </message>
    <message>
        <source>Line {line}: the encoding &quot;{claimed}&quot; is not one a 1C exchange file uses (Windows, DOS or UTF-8). Export the file again from the accounting program.</source>
        <translation>{line}-жол: «{claimed}» кодтамасы 1С алмасу файлдарында қолданылмайды (Windows, DOS немесе UTF-8 болуы тиіс). Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>The file&apos;s header (lines 1 to {line}) does not say its encoding: the line {key}=Windows (or DOS, or UTF-8) is missing. Export the file again from the accounting program.</source>
        <translation>Файлдың тақырыптамасында (1–{line} жолдар) кодтамасы көрсетілмеген: {key}=Windows (немесе DOS, немесе UTF-8) жолы жоқ. Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} is written in UTF-8, but line {claimed_line} says the file is in {claimed}: the file was saved in another encoding than it says. Export it again from the accounting program.</source>
        <translation>{line}-жол UTF-8 кодтамасында жазылған, бірақ {claimed_line}-жолда файлдың кодтамасы {claimed} деп көрсетілген: файл көрсетілгеннен басқа кодтамада сақталған. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding}, the encoding line {claimed_line} names: the file was saved in another encoding or is damaged. Export it again from the accounting program.</source>
        <translation>{line}-жолды {claimed_line}-жолда көрсетілген {encoding} кодтамасында оқу мүмкін емес: файл басқа кодтамада сақталған немесе бүлінген. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>The file ends at line {line} without {end}, the line that closes a 1C exchange file: it is cut off. Export it again from the accounting program.</source>
        <translation>Файл {line}-жолда 1С алмасу файлын жабатын {end} жолынсыз аяқталады: файл толық емес. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} does not read as {encoding} text, the encoding line {claimed_line} names: the file was saved in another encoding than it says. Export it again from the accounting program.</source>
        <translation>{line}-жол {claimed_line}-жолда көрсетілген {encoding} кодтамасындағы мәтін ретінде оқылмайды: файл көрсетілгеннен басқа кодтамада сақталған. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} starts a new part of the file, but the section that starts on line {start} was not closed with {end}: the file is damaged. Export it again from the accounting program.</source>
        <translation>{line}-жолдан файлдың жаңа бөлігі басталады, бірақ {start}-жолда басталған бөлім {end} жолымен жабылмаған: файл бүлінген. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} comes after {end} on line {end_line}, which closes the file: two files may have been joined. Export the file again from the accounting program.</source>
        <translation>{line}-жол файлды жабатын {end} жолынан ({end_line}-жол) кейін тұр: екі файл біріктірілген болуы мүмкін. Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} closes a section ({key}) that was not opened: the file is damaged. Export it again from the accounting program.</source>
        <translation>{line}-жол ашылмаған бөлімді ({key}) жабады: файл бүлінген. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} starts another 1C exchange file inside this one: two files may have been joined. Export the file again from the accounting program.</source>
        <translation>{line}-жолда осы файлдың ішінде басқа 1С алмасу файлы басталады: екі файл біріктірілген болуы мүмкін. Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} is not of the form Name=value: &quot;{text}&quot;. A value may have been split over two lines; the file is damaged. Export it again from the accounting program.</source>
        <translation>{line}-жол Атауы=мәні түрінде емес: «{text}». Мән екі жолға бөлініп кеткен болуы мүмкін; файл бүлінген. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} opens a document without saying its kind ({key}=Платежное поручение, for example). Export the file again from the accounting program.</source>
        <translation>{line}-жол құжатты оның түрін көрсетпей ашады (мысалы, {key}=Платежное поручение). Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} does not start with a field name before &apos;=&apos;: &quot;{text}&quot;. The file is damaged; export it again from the accounting program.</source>
        <translation>{line}-жол «=» белгісінің алдында өріс атауымен басталмайды: «{text}». Файл бүлінген; оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Line {line} gives {key} a second time (the first is on line {first}); which one is meant cannot be told. Export the file again from the accounting program.</source>
        <translation>{line}-жолда {key} өрісі екінші рет берілген (алғашқысы {first}-жолда); қайсысы дұрыс екенін анықтау мүмкін емес. Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>The file ends at line {line} inside the section that starts on line {start}: it is cut off. Export it again from the accounting program.</source>
        <translation>Файл {start}-жолда басталған бөлімнің ішінде, {line}-жолда аяқталады: файл толық емес. Оны бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>The file has no {end} line after its last section (line {line}); every section is closed, so it was read. Check in the accounting program that every order was exported.</source>
        <translation>Файлдың соңғы бөлімінен кейін ({line}-жол) {end} жолы жоқ; барлық бөлім жабылған, сондықтан файл оқылды. Бухгалтерлік бағдарламада барлық тапсырма экспортталғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The file&apos;s header (lines 1 to {line}) has no {key} line, which every 1C exchange file has. Export the file again from the accounting program.</source>
        <translation>Файлдың тақырыптамасында (1–{line} жолдар) әр 1С алмасу файлында болатын {key} жолы жоқ. Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>The account section on line {line} has no {key} line naming the account. Export the file again from the accounting program.</source>
        <translation>{line}-жолдағы шот бөлімінде шотты көрсететін {key} жолы жоқ. Файлды бухгалтерлік бағдарламадан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>The file holds no payment orders: up to its end on line {line} there is no section {start}={kind} (its documents: {found}). Choose a file of payment orders exported for the bank.</source>
        <translation>Файлда төлем тапсырмалары жоқ: оның соңына дейін ({line}-жол) бірде-бір {start}={kind} бөлімі жоқ (файлдағы құжаттар: {found}). Банк үшін экспортталған төлем тапсырмаларының файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Order {number} of {date} for {amount} from {iban} is already among your documents: this file, or this order, was imported before.</source>
        <translation>{iban} шотынан {date} күнгі {amount} сомасына № {number} тапсырма сіздің құжаттарыңыздың арасында бұрыннан бар: бұл файл немесе бұл тапсырма бұрын импортталған.</translation>
    </message>
    <message>
        <source>Order {number} of {date} for {amount} is in this file twice (first on line {first}); only the first is imported.</source>
        <translation>{date} күнгі {amount} сомасына № {number} тапсырма бұл файлда екі рет кездеседі (алғашқысы {first}-жолда); тек біріншісі импортталады.</translation>
    </message>
    <message>
        <source>Line {line} gives {key}={value}, but line {first_line} gives {first_key}={first_value}; which one is meant cannot be told.</source>
        <translation>{line}-жолда {key}={value} берілген, ал {first_line}-жолда {first_key}={first_value}; қайсысы дұрыс екенін анықтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Document {number} of the file is a &quot;{kind}&quot;; only payment orders ({payment_order}) are imported. Salary payments have a document type of their own.</source>
        <translation>Файлдағы № {number} құжат — «{kind}»; тек төлем тапсырмалары ({payment_order}) импортталады. Жалақы төлемдерінің өз құжат түрі бар.</translation>
    </message>
    <message>
        <source>The document&apos;s date &quot;{value}&quot; is not a date like 20.11.2026.</source>
        <translation>Құжат күні «{value}» 20.11.2026 түріндегі күн емес.</translation>
    </message>
    <message>
        <source>This file is a bank statement, not payment orders for the bank (line {line} has {key}): nothing was imported, so nothing is paid twice. Open statements under Statements.</source>
        <translation>Бұл файл — банк үзінді көшірмесі, банкке арналған төлем тапсырмалары емес ({line}-жолда {key} бар): ештеңе импортталмады, сондықтан ештеңе екі рет төленбейді. Үзінді көшірмелерді «Үзінді көшірмелер» бөлімінен ашыңыз.</translation>
    </message>
    <message>
        <source>Orders of this file were imported meanwhile ({count}, order {number} among them); nothing was imported now. Read the file again to see what is left.</source>
        <translation>Осы файлдың тапсырмалары осы арада импортталып қойған ({count}, олардың ішінде {number} тапсырма); қазір ештеңе импортталмады. Не қалғанын көру үшін файлды қайта оқыңыз.</translation>
    </message>
    <message>
        <source>The order has no document date ({key}).</source>
        <translation>Тапсырмада құжат күні ({key}) жоқ.</translation>
    </message>
    <message>
        <source>The value date &quot;{value}&quot; is not a date like 20.11.2026.</source>
        <translation>Валюталау күні «{value}» 20.11.2026 түріндегі күн емес.</translation>
    </message>
    <message>
        <source>The order is in {currency}; only tenge (KZT) payment orders can be imported.</source>
        <translation>Тапсырманың валютасы — {currency}; тек теңгедегі (KZT) төлем тапсырмаларын импорттауға болады.</translation>
    </message>
    <message>
        <source>The payer&apos;s IIK {iban} is not one of your company&apos;s accounts at this bank.</source>
        <translation>Төлеушінің ЖСК-сы ({iban}) сіздің компанияңыздың осы банктегі шоттарының бірі емес.</translation>
    </message>
    <message>
        <source>The payer&apos;s BIN {bin} is not your company&apos;s BIN {company_bin}: the order was made for another company.</source>
        <translation>Төлеушінің БСН-і ({bin}) сіздің компанияңыздың БСН-імен ({company_bin}) сәйкес келмейді: тапсырма басқа компания үшін жасалған.</translation>
    </message>
    <message>
        <source>The statement names no account (РасчСчет): it cannot be shown.</source>
        <translation>Үзінді көшірмеде шот көрсетілмеген (РасчСчет): оны көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The statement gives no period (ДатаНачала, ДатаКонца) and no lines: there is nothing to show.</source>
        <translation>Үзінді көшірмеде кезең де (ДатаНачала, ДатаКонца), жолдар да жоқ: көрсететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The document on line {line} has no date like 20.11.2026.</source>
        <translation>{line}-жолдағы құжатта 20.11.2026 сияқты күн жоқ.</translation>
    </message>
    <message>
        <source>Line {line}: the amount &quot;{value}&quot; is not an amount like 1500.00.</source>
        <translation>{line}-жол: &quot;{value}&quot; сомасы 1500.00 сияқты сома емес.</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>Buy foreign currency for tenge</source>
        <translation>Шетел валютасын теңгеге сатып алу</translation>
    </message>
    <message>
        <source>Sell foreign currency for tenge</source>
        <translation>Шетел валютасын теңгеге сату</translation>
    </message>
    <message>
        <source>Asking the bank for its rates…</source>
        <translation>Банктен бағамдар сұралуда…</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Операция:</translation>
    </message>
    <message>
        <source>The bank&apos;s rates:</source>
        <translation>Банк бағамдары:</translation>
    </message>
    <message>
        <source>&amp;Credit account:</source>
        <translation>&amp;Есепке алу шоты:</translation>
    </message>
    <message>
        <source>C&amp;redit amount:</source>
        <translation>Есепке алу &amp;сомасы:</translation>
    </message>
    <message>
        <source>The bank&apos;s rates could not be read; the amounts are computed by the bank when it executes the order.</source>
        <translation>Банк бағамдарын оқу мүмкін болмады; сомаларды банк тапсырманы орындаған кезде есептейді.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Айырбастау</translation>
    </message>
    <message>
        <source>Debit acc&amp;ount:</source>
        <translation>Есептен шығару &amp;шоты:</translation>
    </message>
    <message>
        <source>the bank&apos;s rate: 1 {base} = {value} {quote}</source>
        <translation>банк бағамы: 1 {base} = {value} {quote}</translation>
    </message>
    <message>
        <source>; debited {debit} {debit_currency}, credited {credit} {credit_currency}</source>
        <translation>; шоттан {debit} {debit_currency} алынды, шотқа {credit} {credit_currency} түсті</translation>
    </message>
    <message>
        <source>De&amp;bit amount, {currency}:</source>
        <translation>Есептен шығару с&amp;омасы, {currency}:</translation>
    </message>
    <message>
        <source>C&amp;redit amount, {currency}:</source>
        <translation>Есепке алу &amp;сомасы, {currency}:</translation>
    </message>
    <message>
        <source>Indicative, at 1 {currency} = {rate} KZT; the bank converts at its own rate when it executes the order.</source>
        <translation>Болжамды, 1 {currency} = {rate} KZT бағамымен; банк тапсырманы орындаған кезде өз бағамымен айырбастайды.</translation>
    </message>
    <message>
        <source>Required for a purchase: what the currency is for</source>
        <translation>Сатып алуда міндетті: валюта не үшін қажет</translation>
    </message>
    <message>
        <source>Optional for a sale</source>
        <translation>Сатуда міндетті емес</translation>
    </message>
    <message>
        <source>1 {currency}: the bank buys at {buy}, sells at {sell} KZT</source>
        <translation>1 {currency}: банк {buy} бағамымен сатып алады, {sell} KZT бағамымен сатады</translation>
    </message>
    <message>
        <source>As of {time}:</source>
        <translation>{time} жағдай бойынша:</translation>
    </message>
</context>
<context>
    <name>ForeignSection</name>
    <message>
        <source>&amp;Name (Latin letters):</source>
        <translation>&amp;Атауы (латынша):</translation>
    </message>
    <message>
        <source>Acc&amp;ount or IBAN:</source>
        <translation>&amp;Шот немесе IBAN:</translation>
    </message>
    <message>
        <source>Bank&apos;s S&amp;WIFT BIC:</source>
        <translation>Банктің S&amp;WIFT БСК:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>Add&amp;ress (Latin letters):</source>
        <translation>&amp;Мекенжайы (латынша):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Елі:</translation>
    </message>
    <message>
        <source>Intermediary ban&amp;k&apos;s BIC:</source>
        <translation>&amp;Делдал банктің БСК:</translation>
    </message>
    <message>
        <source>OUR: all charges are yours</source>
        <translation>OUR: барлық комиссияны сіз төлейсіз</translation>
    </message>
    <message>
        <source>SHA: each side pays its bank</source>
        <translation>SHA: әр тарап өз банкіне төлейді</translation>
    </message>
    <message>
        <source>BEN: the beneficiary pays all charges</source>
        <translation>BEN: барлық комиссияны алушы төлейді</translation>
    </message>
    <message>
        <source>C&amp;harges:</source>
        <translation>&amp;Комиссиялар:</translation>
    </message>
    <message>
        <source>Contract re&amp;gistration No.:</source>
        <translation>Келісімшарттың есептік &amp;нөмірі:</translation>
    </message>
    <message>
        <source>The contract&apos;s registration number, required above the equivalent of USD 50 000</source>
        <translation>Келісімшарттың есептік нөмірі, 50 000 АҚШ долларына баламадан асқанда міндетті</translation>
    </message>
    <message>
        <source>A company abroad is usually 27 (non-resident, non-state)</source>
        <translation>Шетелдік компания әдетте 27 (резидент емес, мемлекеттік емес)</translation>
    </message>
    <message>
        <source>accounts are IBANs</source>
        <translation>шоттар — IBAN</translation>
    </message>
    <message>
        <source>accounts are numbers, not IBANs</source>
        <translation>шоттар — IBAN емес, нөмірлер</translation>
    </message>
    <message>
        <source>2 letters, e.g. DE Germany, CN China, US United States</source>
        <translation>2 әріп, мысалы, DE Германия, CN Қытай, US АҚШ</translation>
    </message>
    <message>
        <source>A&amp;mount, {currency}:</source>
        <translation>&amp;Сомасы, {currency}:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>How to</source>
        <translation>Қалай істеу керек</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Терезелер</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>Анықтамадан іздеу</translation>
    </message>
    <message>
        <source>No topic has these words.</source>
        <translation>Бұл сөздер ешбір бөлімде жоқ.</translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation>Анықтама: {title}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The client is locked</source>
        <translation>Клиент құлыпталды</translation>
    </message>
    <message>
        <source>Nobody has used the client for {minutes} min, so its windows are hidden. What you have typed is kept.</source>
        <translation>Клиентті {minutes} мин бойы ешкім пайдаланбады, сондықтан оның терезелері жасырылды. Терген мәтініңіз сақталған.</translation>
    </message>
    <message>
        <source>Type your password for the bank to go on.</source>
        <translation>Жалғастыру үшін Банктегі құпия сөзіңізді теріңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <source>Type your password, then choose Unlock.</source>
        <translation>Құпия сөзді теріп, «Құлпын ашу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Asking the bank to check the password…</source>
        <translation>Банк құпия сөзді тексеруде…</translation>
    </message>
    <message>
        <source>The password is wrong. Tries left before the bank blocks the user: {tries}. Check the keyboard layout and Caps Lock.</source>
        <translation>Құпия сөз қате. Банк пайдаланушыны бұғаттағанға дейін қалған әрекеттер: {tries}. Пернетақта тілін және Caps Lock пернесін тексеріңіз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the bank has blocked the user until {until} and ended the session. Sign out: what the open documents hold is saved as drafts.</source>
        <translation>Қате құпия сөздер тым көп: Банк пайдаланушыны {until} дейін бұғаттап, сеансты аяқтады. Шығыңыз: ашық құжаттардағы мәтін жобалар ретінде сақталады.</translation>
    </message>
    <message>
        <source>The bank has blocked the user and ended the session. Sign out: what the open documents hold is saved as drafts; call the bank on its official number.</source>
        <translation>Банк пайдаланушыны бұғаттап, сеансты аяқтады. Шығыңыз: ашық құжаттардағы мәтін жобалар ретінде сақталады; Банкке оның ресми нөмірі бойынша қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>While the client was locked, the bank ended your session. Sign in again: what the open documents hold is saved as drafts first, and you find them in the list after signing in.</source>
        <translation>Клиент құлыпталып тұрғанда Банк сеансыңызды аяқтады. Қайта кіріңіз: ашық құжаттардағы мәтін алдымен жобалар ретінде сақталады, оларды кіргеннен кейін тізімнен табасыз.</translation>
    </message>
    <message>
        <source>Your session with the bank has ended</source>
        <translation>Банкпен сеансыңыз аяқталды</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Қайта &amp;кіру</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Валюталау күні</translation>
    </message>
    <message>
        <source>Payer&apos;s IIK</source>
        <translation>Төлеушінің ЖСК-сы</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>Кбе</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Төлем мақсаты</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>KBK</source>
        <translation>БСК (бюджет)</translation>
    </message>
    <message>
        <source>[changed]</source>
        <translation>[өзгерген]</translation>
    </message>
    <message>
        <source>[new]</source>
        <translation>[жаңа]</translation>
    </message>
    <message>
        <source>Line {line} ({key}): {message}</source>
        <translation>{line}-жол ({key}): {message}</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>{line}-жол: {message}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Import payment orders from 1C</source>
        <translation>1С-тен төлем тапсырмаларын импорттау</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>Choose the file of payment orders that 1C exported for the bank (1CClientBankExchange, Windows-1251 or UTF-8).</source>
        <translation>1С банк үшін экспорттаған төлем тапсырмаларының файлын таңдаңыз (1CClientBankExchange, Windows-1251 немесе UTF-8).</translation>
    </message>
    <message>
        <source>&amp;View it in the statement window</source>
        <translation>Үзінді көшірме терезесінде &amp;қарау</translation>
    </message>
    <message>
        <source>Problems, by line of the file:</source>
        <translation>Файл жолдары бойынша қателер:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>1C exchange files (*.txt);;All files (*)</source>
        <translation>1С алмасу файлдары (*.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n documents in the file</source>
        <translation>
            <numerusform>Файлда %n құжат</numerusform>
            <numerusform>Файлда %n құжат</numerusform>
        </translation>
    </message>
    <message>
        <source>{in_file}: {valid} valid, {invalid} with problems. Only the valid ones are imported; correct the others in 1C and export them again.</source>
        <translation>{in_file}: дұрысы {valid}, қатесі барлары {invalid}. Тек дұрыстары импортталады; қалғандарын 1С-те түзетіп, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{in_file}, all valid.</source>
        <translation>{in_file}, бәрі дұрыс.</translation>
    </message>
    <message>
        <source>Order {number}, to check: {problem}</source>
        <translation>№ {number} тапсырма, тексеріңіз: {problem}</translation>
    </message>
    <message>
        <source>No problems found. Check these before signing (they do not stop the import):</source>
        <translation>Қате табылмады. Қол қоймас бұрын мыналарды тексеріңіз (олар импорттауға кедергі емес):</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid orders as drafts</source>
        <translation>
            <numerusform>%n дұрыс тапсырманы жоба ретінде импорттау</numerusform>
            <numerusform>%n дұрыс тапсырманы жоба ретінде импорттау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders were imported as drafts and are in the payment list.</source>
        <translation>
            <numerusform>%n тапсырма жоба ретінде импортталды, олар төлемдер тізімінде.</numerusform>
            <numerusform>%n тапсырма жоба ретінде импортталды, олар төлемдер тізімінде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were left out.</source>
        <translation>
            <numerusform>%n тапсырма импортталмады.</numerusform>
            <numerusform>%n тапсырма импортталмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Order {number}: {problem}</source>
        <translation>№ {number} тапсырма: {problem}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Қате табылмады.</translation>
    </message>
    <message>
        <source>Import valid orders as drafts</source>
        <translation>Қатесіз тапсырмаларды жоба ретінде импорттау</translation>
    </message>
    <message>
        <source>No valid order to import</source>
        <translation>Импорттайтын қатесіз тапсырма жоқ</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>No order was imported.</source>
        <translation>Бірде-бір тапсырма импортталған жоқ.</translation>
    </message>
    <message>
        <source>Checking the orders: {count} of {total} documents checked…</source>
        <translation>Тапсырмалар тексерілуде: {total} құжаттың {count} құжаты тексерілді…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>My journal at the bank</source>
        <translation>Банктегі менің журналым</translation>
    </message>
    <message>
        <source>Everything done under your login, as the bank recorded it. If you see a sign-in, a failed attempt or a document that was not you, block your access (Session menu) and call the bank.</source>
        <translation>Сіздің логиніңізбен жасалғанның бәрі, банк жазғандай. Сіз жасамаған кіруді, сәтсіз әрекетті немесе құжатты көрсеңіз, қолжетімділігіңізді бұғаттаңыз (Сеанс мәзірі) және банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Қандай әрекеттер</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Sign-ins and sign-outs</source>
        <translation>Кірулер мен шығулар</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Тек қабылданбағандар</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Find a word, a date or an address</source>
        <translation>Сөзді, күнді немесе мекенжайды іздеу</translation>
    </message>
    <message>
        <source>Find in the journal</source>
        <translation>Журналдан іздеу</translation>
    </message>
    <message>
        <source>Every &amp;request, reading too</source>
        <translation>Барлық &amp;сұраулар, оқу да</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Reading the journal from the bank…</source>
        <translation>Журнал банктен оқылуда…</translation>
    </message>
</context>
<context>
    <name>KeyActOffer</name>
    <message>
        <source>Print the key certificate act in two copies: you and the head of the company sign them, put the company&apos;s stamp and take them to the bank&apos;s branch. The bank&apos;s officer compares the key&apos;s fingerprint on the act with your request and then issues the certificate.</source>
        <translation>ЭЦҚ ашық кілтін тану актісін екі дана етіп басып шығарыңыз: оларға сіз және ұйым басшысы қол қояды, ұйымның мөрін басып, банк бөлімшесіне апарыңыз. Банк қызметкері актідегі кілттің саусақ ізін сіздің сұрауыңызбен салыстырып, содан кейін сертификат шығарады.</translation>
    </message>
    <message>
        <source>&amp;Save the act as PDF…</source>
        <translation>Актіні PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print the act…</source>
        <translation>Актіні &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Save the key certificate act as PDF</source>
        <translation>ЭЦҚ ашық кілтін тану актісін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the act to {path}…</source>
        <translation>Акт {path} ішіне сақталуда…</translation>
    </message>
    <message>
        <source>The act was saved to {path}. Print it, sign it and take it to the branch.</source>
        <translation>Акт {path} ішіне сақталды. Оны басып шығарып, қол қойып, бөлімшеге апарыңыз.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder, then save again.</source>
        <translation>Файлды жазу мүмкін болмады ({error}). Басқа қалтаны таңдап, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The act was not saved to {path}. {reason}</source>
        <translation>Акт {path} ішіне сақталмады. {reason}</translation>
    </message>
    <message>
        <source>Print the key certificate act</source>
        <translation>ЭЦҚ ашық кілтін тану актісін басып шығару</translation>
    </message>
    <message>
        <source>The act could not be printed: the printer did not accept it. Check the printer, or save the act as PDF and print the file.</source>
        <translation>Актіні басып шығару мүмкін болмады: принтер оны қабылдамады. Принтерді тексеріңіз немесе актіні PDF ретінде сақтап, файлды басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The act was sent to the printer {printer}.</source>
        <translation>Акт {printer} принтеріне жіберілді.</translation>
    </message>
</context>
<context>
    <name>KeyCompromiseAction</name>
    <message>
        <source>My &amp;key is compromised…</source>
        <translation>Менің &amp;кілтім құпиялығын жоғалтты…</translation>
    </message>
    <message>
        <source>My key is compromised</source>
        <translation>Менің кілтім құпиялығын жоғалтты</translation>
    </message>
    <message>
        <source>The bank will revoke the certificate of your signing key at once: from then on it accepts nothing signed with this key, not even documents signed but not yet sent. The old key is removed from the carrier and a new one is made; the bank issues its certificate after you sign the act at the branch, and until then you cannot sign. Revoke the key now?</source>
        <translation>Банк қолтаңба кілтіңіздің сертификатын дереу кері қайтарып алады: содан кейін осы кілтпен қол қойылған ештеңені, тіпті қол қойылған, бірақ әлі жіберілмеген құжаттарды да қабылдамайды. Ескі кілт тасушыдан жойылып, жаңасы жасалады; Банк оның сертификатын филиалда актіге қол қойғаныңыздан кейін береді, оған дейін қол қоя алмайсыз. Кілтті қазір кері қайтарып аласыз ба?</translation>
    </message>
    <message>
        <source>Revoke my key</source>
        <translation>Кілтімді кері қайтарып алу</translation>
    </message>
</context>
<context>
    <name>KeyCompromiseDialog</name>
    <message>
        <source>My key is compromised</source>
        <translation>Менің кілтім құпиялығын жоғалтты</translation>
    </message>
    <message>
        <source>A new signing key instead of the compromised one</source>
        <translation>Құпиялығын жоғалтқан кілттің орнына жаңа қолтаңба кілті</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Revoke the certificate at the bank</source>
        <translation>Банкте сертификатты кері қайтарып алу</translation>
    </message>
    <message>
        <source>Remove the old key from the carrier</source>
        <translation>Ескі кілтті тасушыдан жою</translation>
    </message>
    <message>
        <source>Make a new key on the carrier and send its request</source>
        <translation>Тасушыда жаңа кілт жасап, оның өтінімін жіберу</translation>
    </message>
    <message>
        <source>Install the certificate the bank issues</source>
        <translation>Банк берген сертификатты орнату</translation>
    </message>
    <message>
        <source>The key carrier is not open, so nothing was revoked. Plug the carrier in, enter its PIN, then choose My key is compromised again; or call the bank to revoke the key.</source>
        <translation>Кілт тасушы ашық емес, сондықтан ештеңе кері қайтарып алынған жоқ. Тасушыны қосып, PIN-кодын енгізіңіз, содан кейін «Менің кілтім құпиялығын жоғалтты» әрекетін қайта таңдаңыз; немесе кілтті кері қайтарып алу үшін Банкке қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Revoking the certificate at the bank…</source>
        <translation>Банкте сертификат кері қайтарып алынуда…</translation>
    </message>
    <message>
        <source>The bank has revoked certificate {serial}: it accepts nothing signed with it from now on.</source>
        <translation>Банк {serial} сертификатын кері қайтарып алды: бұдан былай онымен қол қойылған ештеңені қабылдамайды.</translation>
    </message>
    <message>
        <source>Removing the old key from the carrier…</source>
        <translation>Ескі кілт тасушыдан жойылуда…</translation>
    </message>
    <message>
        <source>The old key was removed from the carrier.</source>
        <translation>Ескі кілт тасушыдан жойылды.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Сертификат кері қайтарып алынды.</translation>
    </message>
    <message>
        <source>New key made on the carrier; request {id} sent.</source>
        <translation>Тасушыда жаңа кілт жасалды; {id} өтінімі жіберілді.</translation>
    </message>
    <message>
        <source>Waiting for the bank to issue the certificate.</source>
        <translation>Банктің сертификат беруі күтілуде.</translation>
    </message>
    <message>
        <source>Your request {id} waits for the bank. Sign the act for the new key at the branch; once the bank has approved it, choose Check again. Until then you cannot sign.</source>
        <translation>{id} өтініміңіз Банкті күтуде. Жаңа кілтке арналған актіге филиалда қол қойыңыз; Банк мақұлдағаннан кейін «Қайта тексеру» батырмасын басыңыз. Оған дейін қол қоя алмайсыз.</translation>
    </message>
    <message>
        <source>The key carrier is not open. Plug it in, enter its PIN, then choose Check again.</source>
        <translation>Кілт тасушы ашық емес. Оны қосып, PIN-кодын енгізіңіз, содан кейін «Қайта тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Asking the bank about request {id}…</source>
        <translation>Банктен {id} өтінімі туралы сұрау…</translation>
    </message>
    <message>
        <source>The new key of request {id} is not on the plugged-in carrier. Plug in the carrier you made the key on, sign in again, then choose Check again.</source>
        <translation>{id} өтінімнің жаңа кілті қосылған кілт тасушыда жоқ. Кілт жасалған тасушыны қосып, жүйеге қайта кіріңіз, содан кейін «Қайта тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Certificate {serial} installed on the carrier.</source>
        <translation>{serial} сертификаты тасушыға орнатылды.</translation>
    </message>
    <message>
        <source>Done: you sign with the new key from now on.</source>
        <translation>Дайын: енді жаңа кілтпен қол қоясыз.</translation>
    </message>
    <message>
        <source>The bank has not approved request {id} yet. Sign the act at the branch, then check again later.</source>
        <translation>Банк {id} өтінімін әлі мақұлдаған жоқ. Филиалда актіге қол қойып, кейінірек қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>The key carrier is not open. Plug it in, enter its PIN, then choose My key is compromised again.</source>
        <translation>Кілт тасушы ашық емес. Оны қосып, PIN-кодын енгізіңіз, содан кейін «Менің кілтім құпиялығын жоғалтты» әрекетін қайта таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Қол қою кілтіңіз</translation>
    </message>
    <message>
        <source>The key carrier holds no certificate from this bank yet. The client makes a new signing key on the carrier (the secret part never leaves it) and sends the bank a request for its certificate.</source>
        <translation>Кілт тасушыда әзірге осы банктің сертификаты жоқ. Бағдарлама тасушыда жаңа қол қою кілтін жасайды (құпия бөлігі одан ешқашан шықпайды) және банкке оның сертификатына сұрау жібереді.</translation>
    </message>
    <message>
        <source>&amp;Make the key and send the request</source>
        <translation>Кілтті &amp;жасап, сұрауды жіберу</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>Making the key on the carrier and sending the request…</source>
        <translation>Тасушыда кілт жасалып, сұрау жіберілуде…</translation>
    </message>
    <message>
        <source>Asking the bank for the certificate…</source>
        <translation>Банктен сертификат сұралуда…</translation>
    </message>
    <message>
        <source>Request {id} waits for the bank. Sign the key certificate act at your branch; once the bank has approved it, press Check again. You may also close the set-up and come back later.</source>
        <translation>{id} сұрауы банкті күтуде. Бөлімшеде кілт сертификатының актісіне қол қойыңыз; банк мақұлдағаннан кейін «Қайта тексеру» батырмасын басыңыз. Баптауды жауып, кейінірек оралуға да болады.</translation>
    </message>
    <message>
        <source>The bank issued the certificate and it is on the carrier: {owner}, valid {start} to {end}, issued by {issuer}.</source>
        <translation>Банк сертификатты берді, ол тасушыға жазылды: {owner}, {start} – {end} аралығында жарамды, берген: {issuer}.</translation>
    </message>
</context>
<context>
    <name>KeyWaitingBar</name>
    <message>
        <source>&amp;Check again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>Your new signing key waits for the bank&apos;s approval of request {id}: until then nothing can be signed, so sign the act for the new key at the branch and then press Check again.</source>
        <translation>Жаңа қол қою кілтіңіз Банктің {id} өтінімді мақұлдауын күтуде: оған дейін ештеңеге қол қою мүмкін емес, сондықтан жаңа кілтке арналған актіге филиалда қол қойып, содан кейін «Қайта тексеру» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>KnpHint</name>
    <message>
        <source>KNP {code} is not in the directory of payment purpose codes. Check the code; you can still sign.</source>
        <translation>{code} ТМК төлем мақсаты кодтарының анықтамалығында жоқ. Кодты тексеріңіз; қол қоюға болады.</translation>
    </message>
    <message numerus="yes">
        <source>KNP {code} is not in the client&apos;s directory of %n codes, which is not complete. Check the code against the National Bank&apos;s list; you can still sign.</source>
        <translation>
            <numerusform>ТМК {code} клиенттің %n кодтан тұратын толық емес анықтамалығында жоқ. Кодты Ұлттық Банктің тізімімен салыстырыңыз; қол қоюға болады.</numerusform>
            <numerusform>ТМК {code} клиенттің %n кодтан тұратын толық емес анықтамалығында жоқ. Кодты Ұлттық Банктің тізімімен салыстырыңыз; қол қоюға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Internet-Client</source>
        <translation>Интернет-Клиентке қош келдіңіз</translation>
    </message>
    <message>
        <source>This set-up connects the client to your bank and your key carrier. Keep at hand the bank&apos;s letter with the server&apos;s fingerprint, your PIN envelope and the key carrier.</source>
        <translation>Бұл баптау бағдарламаны банкіңізге және кілт тасушыңызға қосады. Сервердің саусақ ізі бар банк хатын, PIN-конвертті және кілт тасушыны дайындап қойыңыз.</translation>
    </message>
    <message>
        <source>Choose the language of the windows:</source>
        <translation>Терезелердің тілін таңдаңыз:</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The key of the local document store is no longer in this computer&apos;s credential store, so the documents kept on this computer cannot be read. The unreadable file was moved to {set_aside}.</source>
        <translation>Жергілікті құжаттар қоймасының кілті бұл компьютердің тіркелгі деректері қоймасында енді жоқ, сондықтан осы компьютердегі құжаттарды оқу мүмкін емес. Оқылмайтын файл {set_aside} ішіне көшірілді.</translation>
    </message>
    <message>
        <source>The local document store {path} is damaged (or was encrypted with another key) and cannot be read. The damaged file was moved to {set_aside}; nothing was deleted.</source>
        <translation>{path} жергілікті құжаттар қоймасы бүлінген (немесе басқа кілтпен шифрланған) және оқылмайды. Бүлінген файл {set_aside} ішіне көшірілді; ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <source>The local document store {path} is suddenly empty: the file has no data at all, though documents were kept in it. The empty file was moved to {set_aside}.</source>
        <translation>{path} жергілікті құжаттар қоймасы кенеттен бос болып қалды: онда құжаттар сақталған еді, бірақ файлда ешқандай дерек жоқ. Бос файл {set_aside} ішіне көшірілді.</translation>
    </message>
    <message>
        <source>The local document store {path} is gone: documents were kept in it, but the file is no longer there.</source>
        <translation>{path} жергілікті құжаттар қоймасы жоғалды: онда құжаттар сақталған еді, бірақ файл енді жоқ.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>The key carrier was removed</source>
        <translation>Кілтті тасушы алынып тасталды</translation>
    </message>
    <message>
        <source>The session is locked: nothing can be signed or sent, and your windows stay hidden until the carrier is back. What you have typed is kept.</source>
        <translation>Сеанс бұғатталды: тасушы қайта қосылғанша ештеңеге қол қойылмайды және жіберілмейді, терезелеріңіз жасырын тұрады. Сіз терген мәтін сақталады.</translation>
    </message>
    <message>
        <source>Insert the key carrier and enter its PIN to go on.</source>
        <translation>Жұмысты жалғастыру үшін кілтті тасушыны қосып, оның ПИН-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Enter the PIN…</source>
        <translation>ПИН-кодты &amp;енгізу…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Waiting for the key carrier…</source>
        <translation>Кілтті тасушы күтілуде…</translation>
    </message>
    <message>
        <source>The key carrier is back: enter its PIN.</source>
        <translation>Кілтті тасушы қайта қосылды: оның ПИН-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>This is another key carrier (serial {found}). Insert the carrier you signed in with (serial {expected}) and enter its PIN, or sign out.</source>
        <translation>Бұл басқа кілтті тасушы (сериялық нөмірі {found}). Жүйеге кірген тасушыны (сериялық нөмірі {expected}) қосып, оның ПИН-кодын енгізіңіз немесе жүйеден шығыңыз.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>The bank never asks for your password, codes or key carrier by phone, e-mail or messenger.</source>
        <translation>Банк ешқашан телефон, электрондық пошта немесе мессенджер арқылы құпия сөзіңізді, кодтарды немесе кілтті тасушыны сұрамайды.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>оқылуда…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one in the bank&apos;s letter before you type your password.</source>
        <translation>Құпия сөзді енгізбес бұрын осы саусақ ізін банк хатындағы саусақ ізімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
        <source>Bank server:</source>
        <translation>Банк сервері:</translation>
    </message>
    <message>
        <source>Bank CA:</source>
        <translation>Банктің КО-сы:</translation>
    </message>
    <message>
        <source>Sign in to the bank</source>
        <translation>Банк жүйесіне кіру</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 саусақ ізі:</translation>
    </message>
    <message>
        <source>The bank&apos;s CA certificate cannot be read; the connection cannot be checked. Ask IT staff to set it up again.</source>
        <translation>Банктің куәландырушы орталығының сертификатын оқу мүмкін емес, сондықтан байланысты тексеру мүмкін емес. IT мамандарынан оны қайта орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Логин мен құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translation>Банкке қосылуда…</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>First sign-in</source>
        <translation>Алғашқы кіру</translation>
    </message>
    <message>
        <source>The bank never asks for your password, one-time codes or key carrier by phone, e-mail or messenger, and never sends anyone to collect them. If someone asks, tell them nothing and call the bank on its official number.</source>
        <translation>Банк ешқашан құпия сөзіңізді, бір реттік кодтарды немесе кілт тасушыны телефон, электрондық пошта не мессенджер арқылы сұрамайды және оларды алуға ешкімді жібермейді. Біреу сұраса, ештеңе айтпаңыз және банкке ресми нөмірі бойынша хабарласыңыз.</translation>
    </message>
    <message>
        <source>Type the login and the password from your PIN envelope.</source>
        <translation>PIN-конверттегі логин мен құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Логин мен құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translation>Банкке қосылуда…</translation>
    </message>
    <message>
        <source>The key carrier signs the bank&apos;s login challenge…</source>
        <translation>Кілт тасушы банктің кіру сұрауына қол қоюда…</translation>
    </message>
    <message>
        <source>You are not signed in: the one-time code was not confirmed. Sign in again.</source>
        <translation>Сіз кірмедіңіз: бір реттік код расталмады. Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Signed in as {name}, {company}.</source>
        <translation>{name}, {company} ретінде кірдіңіз.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>{value} GB</source>
        <translation>{value} ГБ</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} МБ</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} КБ</translation>
    </message>
    <message>
        <source>{value} bytes</source>
        <translation>{value} байт</translation>
    </message>
    <message>
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} байт)</translation>
    </message>
    <message>
        <source>The file {name} is {size}; the bank accepts attachments of up to {limit} each. Remove it, or compress it or split it into parts and attach those.</source>
        <translation>{name} файлының көлемі — {size}; банк әрқайсысы ең көбі {limit} болатын тіркемелерді қабылдайды. Файлды алып тастаңыз немесе оны сығып не бөліктерге бөліп, соларды тіркеңіз.</translation>
    </message>
    <message>
        <source>The attachments together are {size}; the bank accepts up to {limit} in one letter. Remove some and send them in another letter.</source>
        <translation>Тіркемелердің жалпы көлемі — {size}; банк бір хатта ең көбі {limit} қабылдайды. Кейбірін алып тастап, оларды басқа хатпен жіберіңіз.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check that it exists and that you may open it.</source>
        <translation>{path} файлын оқу мүмкін емес ({reason}). Файлдың бар екенін және оны ашуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s subject: the bank files letters by it.</source>
        <translation>Хаттың тақырыбын жазыңыз: банк хаттарды сол бойынша тіркейді.</translation>
    </message>
    <message>
        <source>The subject is too long (characters: {length}); shorten it to {limit}.</source>
        <translation>Тақырып тым ұзын (таңбалар саны: {length}); оны {limit} таңбаға дейін қысқартыңыз.</translation>
    </message>
    <message>
        <source>The bank could not verify the letter&apos;s signature, so it did not take the letter. Send it again; if this repeats, call the bank.</source>
        <translation>Банк хаттың қолтаңбасын тексере алмады, сондықтан хатты қабылдамады. Хатты қайта жіберіңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank does not accept the certificate of your signing key, so it did not take the letter. Request a new key certificate.</source>
        <translation>Банк сіздің ЭСҚ кілтіңіздің сертификатын қабылдамайды, сондықтан хат қабылданбады. Жаңа кілт сертификатын сұратыңыз.</translation>
    </message>
    <message>
        <source>The certificate of your signing key has been revoked, so the bank did not take the letter. Request a new key certificate.</source>
        <translation>Сіздің ЭСҚ кілтіңіздің сертификаты кері қайтарылған, сондықтан банк хатты қабылдамады. Жаңа кілт сертификатын сұратыңыз.</translation>
    </message>
    <message>
        <source>The signing key belongs to someone who is not a user of your company, so the bank did not take the letter.</source>
        <translation>ЭСҚ кілті сіздің компанияңыздың пайдаланушысы емес адамға тиесілі, сондықтан банк хатты қабылдамады.</translation>
    </message>
    <message>
        <source>The bank could not read the letter and did not take it. If this repeats, call the bank.</source>
        <translation>Банк хатты оқи алмады және оны қабылдамады. Егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank already holds another letter under this letter&apos;s identifier. Write the letter again as a new one.</source>
        <translation>Банкте осы хаттың сәйкестендіргішімен басқа хат бұрыннан бар. Хатты жаңа хат ретінде қайта жазыңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer about the letter could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Банктің хат туралы жауабын оқу мүмкін болмады. Қайталап көріңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The attachment {name} arrived damaged: it is not the file the bank named. Try again; if this repeats, call the bank.</source>
        <translation>{name} тіркемесі бүлінген күйде келді: бұл банк көрсеткен файл емес. Қайталап көріңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The attachment could not be saved as {path} ({reason}). Choose another folder.</source>
        <translation>Тіркемені {path} ретінде сақтау мүмкін болмады ({reason}). Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>An attached file needs a name.</source>
        <translation>Тіркелген файлдың атауы болуы керек.</translation>
    </message>
    <message>
        <source>The file name {name} is longer than {limit} characters; rename the file.</source>
        <translation>{name} файл атауы {limit} таңбадан ұзын; файлдың атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>The file name {name} holds invisible control characters; rename the file.</source>
        <translation>{name} файл атауында көрінбейтін басқару таңбалары бар; файлдың атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>The file name {name} holds one of the characters / \ : * ? &quot; &lt; &gt; |; rename the file.</source>
        <translation>{name} файл атауында / \ : * ? &quot; &lt; &gt; | таңбаларының бірі бар; файлдың атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>{name} cannot be a file name on every computer (a reserved name, or it ends in a dot or a space); rename the file.</source>
        <translation>{name} кез келген компьютерде файл атауы бола алмайды (жүйе сақтаған атау немесе нүктемен не бос орынмен аяқталады); файлдың атын өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>MailCompose</name>
    <message>
        <source>New letter to the bank</source>
        <translation>Банкке жаңа хат</translation>
    </message>
    <message>
        <source>What the letter is about</source>
        <translation>Хат не туралы</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>Хаттың мәтіні</translation>
    </message>
    <message>
        <source>Your letter to the bank</source>
        <translation>Банкке жазатын хатыңыз</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Файлдарды тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Sign and &amp;send</source>
        <translation>Қол қойып, &amp;жіберу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Тіркемелер:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Файлдар оқылуда…</translation>
    </message>
    <message>
        <source>{name} — {size}</source>
        <translation>{name} — {size}</translation>
    </message>
    <message>
        <source>Attached: {total} of {letter_limit} a letter may carry; up to {file_limit} a file.</source>
        <translation>Тіркелгені: {total}, бір хатқа ең көбі {letter_limit}; бір файлға ең көбі {file_limit}.</translation>
    </message>
    <message>
        <source>No files attached. A letter may carry up to {letter_limit}, up to {file_limit} a file.</source>
        <translation>Файл тіркелмеген. Бір хатқа ең көбі {letter_limit}, бір файлға ең көбі {file_limit} тіркеуге болады.</translation>
    </message>
    <message>
        <source>Signing the letter on the key carrier…</source>
        <translation>Кілтті тасушыда хатқа қол қойылуда…</translation>
    </message>
    <message>
        <source>Sending the letter to the bank…</source>
        <translation>Хат банкке жіберілуде…</translation>
    </message>
    <message>
        <source>Bank mail</source>
        <translation>Банкпен хат алмасу</translation>
    </message>
    <message>
        <source>The letter has not been sent. Throw away what you wrote?</source>
        <translation>Хат жіберілген жоқ. Жазғаныңызды өшіресіз бе?</translation>
    </message>
</context>
<context>
    <name>MailCounter</name>
    <message>
        <source>Unread letters from the bank: {count}. Open Mail to read them.</source>
        <translation>Банктен келген оқылмаған хаттар: {count}. Оларды оқу үшін «Хаттар» бөлімін ашыңыз.</translation>
    </message>
    <message>
        <source>&amp;Mail ({count})</source>
        <translation>&amp;Хаттар ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Bank mail: %n unread letters</source>
        <translation>
            <numerusform>Банк поштасы: %n оқылмаған хат</numerusform>
            <numerusform>Банк поштасы: %n оқылмаған хат</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Хаттар</translation>
    </message>
    <message>
        <source>Bank mail: letters to and from the bank</source>
        <translation>Банкпен хат алмасу: банкке жіберілген және банктен келген хаттар</translation>
    </message>
</context>
<context>
    <name>MailWindow</name>
    <message>
        <source>Bank mail — {company}</source>
        <translation>Банкпен хат алмасу — {company}</translation>
    </message>
    <message>
        <source>&amp;New letter</source>
        <translation>&amp;Жаңа хат</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Жауап &amp;беру</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс хаттар</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілгендер</translation>
    </message>
    <message>
        <source>Asking the bank for the letters…</source>
        <translation>Банктен хаттар сұралуда…</translation>
    </message>
    <message>
        <source>Letters updated at {time}</source>
        <translation>Хаттар жаңартылды: {time}</translation>
    </message>
    <message>
        <source>Inbox ({count})</source>
        <translation>Кіріс хаттар ({count})</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Тіркемені сақтау</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} сақталуда…</translation>
    </message>
    <message>
        <source>Saved {name} as {path}</source>
        <translation>{name} файлы {path} ретінде сақталды</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Төлем тапсырмалары</translation>
    </message>
    <message>
        <source>{login} at {server}</source>
        <translation>{login}, сервер {server}</translation>
    </message>
    <message>
        <source>&amp;New payment order</source>
        <translation>&amp;Жаңа төлем тапсырмасы</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>St&amp;atement…</source>
        <translation>&amp;Үзінді көшірме…</translation>
    </message>
    <message>
        <source>&amp;Import from 1C…</source>
        <translation>1С-тен &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Sign and send selected…</source>
        <translation>&amp;Таңдалғандарға қол қойып жіберу…</translation>
    </message>
    <message>
        <source>Sign the selected drafts with your key carrier and send them to the bank</source>
        <translation>Таңдалған жобаларға кілтті тасушымен қол қойып, банкке жіберу</translation>
    </message>
    <message>
        <source>&amp;Directories…</source>
        <translation>&amp;Анықтамалықтар…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F ретінде сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Хаттар</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БСН {bin}</translation>
    </message>
    <message>
        <source>Signing key: &lt;b&gt;{owner}&lt;/b&gt;&lt;br&gt;valid {start} to {end}</source>
        <translation>ЭСҚ кілті: &lt;b&gt;{owner}&lt;/b&gt;&lt;br&gt;жарамдылық мерзімі: {start} – {end}</translation>
    </message>
    <message>
        <source>No signing key: documents can be viewed, not signed.</source>
        <translation>ЭСҚ кілті жоқ: құжаттарды қарауға болады, бірақ оларға қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>Asking the bank for the accounts…</source>
        <translation>Банктен шоттар сұралуда…</translation>
    </message>
    <message>
        <source>Accounts updated at {time}</source>
        <translation>Шоттар жаңартылды: {time}</translation>
    </message>
    <message>
        <source>Directories updated from the bank: {list}.</source>
        <translation>Анықтамалықтар банктен жаңартылды: {list}.</translation>
    </message>
    <message>
        <source>{directory} (version {version})</source>
        <translation>{directory} ({version}-нұсқа)</translation>
    </message>
    <message>
        <source>Select drafts in the payment list first (Ctrl or Shift and click, Ctrl+A for all), then choose Sign and send selected.</source>
        <translation>Алдымен төлемдер тізімінен жобаларды таңдаңыз (Ctrl немесе Shift басып тұрып шерту, барлығы үшін Ctrl+A), содан кейін «Таңдалғандарға қол қойып жіберу» пәрменін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>NewKindMenu</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>Жа&amp;ңа</translation>
    </message>
</context>
<context>
    <name>OnBehalfPart</name>
    <message>
        <source>On behalf of another person: the actual payer or beneficiary</source>
        <translation>Басқа тұлғаның атынан: нақты төлеуші немесе нақты алушы</translation>
    </message>
    <message>
        <source>Actual payer (if not your company)</source>
        <translation>Нақты төлеуші (егер сіздің компанияңыз болмаса)</translation>
    </message>
    <message>
        <source>Actual beneficiary (if not the beneficiary)</source>
        <translation>Нақты алушы (егер бенефициар болмаса)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>IIN/BIN:</source>
        <translation>ЖСН/БСН:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Ел:</translation>
    </message>
    <message>
        <source>For a non-resident: 2 letters, e.g. RU; empty for Kazakhstan</source>
        <translation>Резидент емес үшін: 2 әріп, мысалы, RU; Қазақстан үшін бос қалдырыңыз</translation>
    </message>
</context>
<context>
    <name>OneTimeCodeDialog</name>
    <message>
        <source>One-time code</source>
        <translation>Бір реттік код</translation>
    </message>
    <message>
        <source>The bank never asks for this code by phone, e-mail or messenger. Type it only here.</source>
        <translation>Банк бұл кодты ешқашан телефон, электрондық пошта немесе мессенджер арқылы сұрамайды. Оны тек осында енгізіңіз.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Жаңа код жіберу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The code lets you sign in without the key carrier&apos;s proof.</source>
        <translation>Бұл код кілт тасығыштың растауынсыз кіруге мүмкіндік береді.</translation>
    </message>
    <message>
        <source>The code confirms your new password.</source>
        <translation>Бұл код жаңа құпиясөзіңізді растайды.</translation>
    </message>
    <message>
        <source>The code confirms the payment you are sending.</source>
        <translation>Бұл код сіз жіберіп жатқан төлемді растайды.</translation>
    </message>
    <message>
        <source>The bank sent a one-time code to your phone {phone}. Type it before {until}.</source>
        <translation>Банк {phone} телефоныңызға бір реттік код жіберді. Оны {until} дейін енгізіңіз.</translation>
    </message>
    <message>
        <source>Asking the bank…</source>
        <translation>Банктен сұралуда…</translation>
    </message>
</context>
<context>
    <name>OrderPaper</name>
    <message>
        <source>Select a payment order in the list first, then save or print it.</source>
        <translation>Алдымен тізімнен төлем тапсырмасын таңдаңыз, содан кейін оны сақтаңыз немесе басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Save the payment order as PDF</source>
        <translation>Төлем тапсырмасын PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving payment order {number} as PDF to {path}…</source>
        <translation>№ {number} төлем тапсырмасы PDF ретінде сақталуда: {path}…</translation>
    </message>
    <message>
        <source>Payment order {number} was saved as PDF to {path}.</source>
        <translation>№ {number} төлем тапсырмасы PDF ретінде сақталды: {path}.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder or free some space, then save again.</source>
        <translation>Файлды жазу мүмкін болмады ({error}). Басқа қалтаны таңдаңыз немесе дискіде орын босатыңыз да, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Payment order {number} was not saved as PDF to {path}. {reason}</source>
        <translation>№ {number} төлем тапсырмасы PDF ретінде сақталмады: {path}. {reason}</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the order as PDF and print the file.</source>
        <translation>Мұнда басып шығару мүмкін емес. Тапсырманы PDF ретінде сақтап, файлды басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Print payment order {number}</source>
        <translation>№ {number} төлем тапсырмасын басып шығару</translation>
    </message>
    <message>
        <source>Payment order {number} could not be printed: the printer did not accept it. Check the printer, or save the order as PDF and print the file.</source>
        <translation>№ {number} төлем тапсырмасын басып шығару мүмкін болмады: принтер оны қабылдамады. Принтерді тексеріңіз немесе тапсырманы PDF ретінде сақтап, файлды басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Payment order {number} was sent to the printer {printer}.</source>
        <translation>№ {number} төлем тапсырмасы {printer} принтеріне жіберілді.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>A password only you know</source>
        <translation>Тек өзіңіз білетін құпия сөз</translation>
    </message>
    <message>
        <source>The bank has changed your password. Keep it secret; the bank will never ask for it.</source>
        <translation>Банк құпия сөзіңізді өзгертті. Оны құпия сақтаңыз; банк оны ешқашан сұрамайды.</translation>
    </message>
</context>
<context>
    <name>Payees</name>
    <message>
        <source>Account {iban} was paid to {was_name}, BIN {was_bin}, on {date}; now the BIN is {bin}. Confirm the details with the beneficiary by phone.</source>
        <translation>{iban} шотына {date} күні {was_name} (БСН {was_bin}) атына төленген; енді БСН {bin}. Деректемелерді алушымен телефон арқылы растаңыз.</translation>
    </message>
    <message>
        <source>Account {iban} was paid to {was_name} on {date}; now the name is {name}. Confirm the details with the beneficiary by phone.</source>
        <translation>{iban} шотына {date} күні {was_name} атына төленген; енді атауы {name}. Деректемелерді алушымен телефон арқылы растаңыз.</translation>
    </message>
    <message>
        <source>The account of {name} changed since your payment of {date}: was {was}, now {now}. Confirm it with the beneficiary by phone before signing.</source>
        <translation>{date} күнгі төлеміңізден кейін {name} шоты өзгерді: бұрын {was}, енді {now}. Қол қоймас бұрын оны алушымен телефон арқылы растаңыз.</translation>
    </message>
    <message>
        <source>New beneficiary: {name} has not been paid from this client before.</source>
        <translation>Жаңа алушы: {name} атына бұл клиенттен бұрын төлем жасалмаған.</translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <source>Payment order</source>
        <translation>Төлем тапсырмасы</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Value date:</source>
        <translation>&amp;Валюталау күні:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Шот:</translation>
    </message>
    <message>
        <source>KO&amp;d:</source>
        <translation>К&amp;Од:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;IIN/BIN:</source>
        <translation>&amp;ЖСН/БСН:</translation>
    </message>
    <message>
        <source>II&amp;K:</source>
        <translation>Ж&amp;СК:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;БСК:</translation>
    </message>
    <message>
        <source>KB&amp;e:</source>
        <translation>Кб&amp;е:</translation>
    </message>
    <message>
        <source>A&amp;mount, KZT:</source>
        <translation>Со&amp;масы, KZT:</translation>
    </message>
    <message>
        <source>KN&amp;P:</source>
        <translation>&amp;ТМК:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Төлем ма&amp;қсаты:</translation>
    </message>
    <message>
        <source>Residency (1 resident, 2 non-resident) and sector, e.g. 17</source>
        <translation>Резиденттік белгісі (1 — резидент, 2 — резидент емес) және экономика секторы, мысалы, 17</translation>
    </message>
    <message>
        <source>Payment purpose code, e.g. 710 for goods</source>
        <translation>Төлем мақсатының коды, мысалы, 710 — тауарлар үшін төлем</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Төлеуші</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Қол қойып жіберу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>{iban} · available {amount} {currency}</source>
        <translation>{iban} · қолжетімді {amount} {currency}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to fill in or correct. &lt;a href=&quot;#&quot;&gt;Show&lt;/a&gt;</source>
        <translation>
            <numerusform>Толтыратын немесе түзететін %n өріс. &lt;a href=&quot;#&quot;&gt;Көрсету&lt;/a&gt;</numerusform>
            <numerusform>Толтыратын немесе түзететін %n өріс. &lt;a href=&quot;#&quot;&gt;Көрсету&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Your right at the bank does not let you sign a new document; a user with the single or first signature right signs it.</source>
        <translation>Банктегі құқығыңыз жаңа құжатқа қол қоюға мүмкіндік бермейді; оған жеке немесе бірінші қолтаңба құқығы бар пайдаланушы қол қояды.</translation>
    </message>
    <message>
        <source>Send to the bank</source>
        <translation>Банкке жіберу</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Мәртебесі: {status}</translation>
    </message>
    <message>
        <source>The bank&apos;s reason: {reason}</source>
        <translation>Банк көрсеткен себеп: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Bank&apos;s reason</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>{status} at the bank&apos;s rate of 1 {base} = {value} {quote}.</source>
        <translation>Банк бағамы бойынша 1 {base} = {value} {quote}: {status}.</translation>
    </message>
</context>
<context>
    <name>PaymentListView</name>
    <message>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>Number, beneficiary, IIN/BIN, purpose or amount</source>
        <translation>Нөмір, алушы, ЖСН/БСН, мақсаты немесе сома</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Мәр&amp;тебе:</translation>
    </message>
    <message>
        <source>Dated &amp;from</source>
        <translation>Күні, &amp;басы</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>с&amp;оңы</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Із&amp;деу:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Looking through the documents…</source>
        <translation>Құжаттар қаралуда…</translation>
    </message>
    <message>
        <source>Documents: {total}</source>
        <translation>Құжаттар: {total}</translation>
    </message>
    <message>
        <source>Documents: {shown} of {total}</source>
        <translation>Құжаттар: {total} ішінен {shown}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Key carrier</source>
        <translation>Кілт тасығыш</translation>
    </message>
    <message>
        <source>Your signing key is on the key carrier. Type the carrier&apos;s PIN to use it.</source>
        <translation>Сіздің ЭСҚ кілтіңіз кілтті тасушыда. Оны пайдалану үшін тасушының ПИН-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Looking for the key carrier…</source>
        <translation>Кілтті тасушы ізделуде…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Key carrier:</source>
        <translation>Кілтті тасушы:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН-код:</translation>
    </message>
    <message>
        <source>{label} (serial {serial})</source>
        <translation>{label} (сериялық № {serial})</translation>
    </message>
    <message>
        <source>This key carrier has one PIN try left: a wrong PIN now locks it, and only the PUK code from your PIN envelope unlocks it. If you are not sure of the PIN, contact the bank&apos;s security officer first.</source>
        <translation>Бұл кілт тасушыда ПИН-кодты енгізудің бір ғана мүмкіндігі қалды: қате ПИН-код оны қазір бұғаттайды, содан кейін оны тек пин-конверттегі PUK-код ашады. ПИН-кодқа сенімді болмасаңыз, алдымен банктің қауіпсіздік қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>A wrong PIN was typed on this key carrier since it was last opened. Type the PIN carefully: after a few wrong PINs the carrier locks.</source>
        <translation>Бұл кілт тасушы соңғы рет ашылғаннан бері оған қате ПИН-код енгізілген. ПИН-кодты мұқият енгізіңіз: бірнеше қате ПИН-кодтан кейін тасушы бұғатталады.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>Type the PIN of the key carrier.</source>
        <translation>Кілтті тасушының ПИН-кодын енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PINs typed in this window: %n.</source>
        <translation>
            <numerusform>Осы терезеде терілген қате PIN-кодтар: %n.</numerusform>
            <numerusform>Осы терезеде терілген қате PIN-кодтар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the key carrier…</source>
        <translation>Кілтті тасушы ашылуда…</translation>
    </message>
</context>
<context>
    <name>PrivateFolder</name>
    <message>
        <source>Other users of this computer may be able to read {path}, and it cannot be made private: it belongs to another account or the disk does not allow it. Ask IT staff to give only your account access to the client&apos;s data folder.</source>
        <translation>Бұл компьютердің басқа пайдаланушылары {path} оқи алуы мүмкін және оған қолжетімділікті жабу мүмкін емес: ол басқа тіркелгіге тиесілі немесе диск бұған жол бермейді. АТ мамандарынан бағдарлама деректерінің қалтасына тек сіздің тіркелгіңізге қолжетімділік беруді сұраңыз.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>The letter&apos;s text</source>
        <translation>Хаттың мәтіні</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Тіркемелер:</translation>
    </message>
    <message>
        <source>&amp;Save attachment…</source>
        <translation>Тіркемені &amp;сақтау…</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation>Хат таңдалмаған</translation>
    </message>
    <message>
        <source>From {sender}, {time}</source>
        <translation>Кімнен: {sender}, {time}</translation>
    </message>
    <message>
        <source>To the bank, signed by {sender}, {time}</source>
        <translation>Банкке, қол қойған: {sender}, {time}</translation>
    </message>
    <message>
        <source>The bank rejected payment order No. {number}: {reason}</source>
        <translation>Банк № {number} төлем тапсырмасын қабылдамады: {reason}</translation>
    </message>
    <message>
        <source>Loading the letter…</source>
        <translation>Хат жүктелуде…</translation>
    </message>
    <message>
        <source>{name} — {size}</source>
        <translation>{name} — {size}</translation>
    </message>
</context>
<context>
    <name>Recall</name>
    <message>
        <source>Type why the document is recalled, e.g. a wrong amount or beneficiary: the bank keeps the reason with the recall.</source>
        <translation>Құжат неге кері қайтарылатынын жазыңыз, мысалы, сома немесе алушы қате: банк себепті кері қайтарып алу сұрауымен бірге сақтайды.</translation>
    </message>
    <message>
        <source>The reason may have at most {limit} characters; it has {count}. Shorten it.</source>
        <translation>Себеп ең көбі {limit} таңбадан тұруы мүмкін; онда {count} таңба бар. Қысқартыңыз.</translation>
    </message>
    <message>
        <source>Document {number} cannot be recalled: it is {status}. Only a document sent to the bank and not yet executed can be recalled.</source>
        <translation>{number} құжатын кері қайтарып алу мүмкін емес: оның мәртебесі — {status}. Банкке жіберілген және әлі орындалмаған құжатты ғана кері қайтарып алуға болады.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer to the recall could not be read. Refresh the list to see whether the document was recalled.</source>
        <translation>Банктің кері қайтарып алуға берген жауабын оқу мүмкін болмады. Құжаттың кері қайтарылғанын көру үшін тізімді жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall payment order {number}</source>
        <translation>{number} төлем тапсырмасын кері қайтарып алу</translation>
    </message>
    <message>
        <source>Payment order {number} of {date} for {amount} {currency} to {beneficiary}. Status: {status}.</source>
        <translation>{date} күнгі {number} төлем тапсырмасы, {amount} {currency}, алушы: {beneficiary}. Мәртебесі: {status}.</translation>
    </message>
    <message>
        <source>The bank recalls a document only while it has not executed it. The recall is signed with your key like a payment; the bank keeps the reason with it.</source>
        <translation>Банк құжатты тек оны орындағанға дейін ғана кері қайтарады. Кері қайтарып алу сұрауына төлем сияқты сіздің кілтіңізбен қол қойылады; банк себепті онымен бірге сақтайды.</translation>
    </message>
    <message>
        <source>e.g. Wrong amount; a corrected order follows</source>
        <translation>мысалы, сома қате; түзетілген тапсырма кейін жіберіледі</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Ең көбі %n таңба.</numerusform>
            <numerusform>Ең көбі %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason for the recall:</source>
        <translation>Кері қайтарып алу &amp;себебі:</translation>
    </message>
    <message>
        <source>Sign and &amp;recall</source>
        <translation>Қол қойып, кері қ&amp;айтарып алу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Signing the recall on the key carrier…</source>
        <translation>Кері қайтарып алу сұрауына кілт тасушысында қол қойылуда…</translation>
    </message>
    <message>
        <source>Sending the recall to the bank…</source>
        <translation>Кері қайтарып алу сұрауы банкке жіберілуде…</translation>
    </message>
    <message>
        <source>The bank recalled payment order {number}; it will not be paid. The amount held for it is available on the account again.</source>
        <translation>Банк {number} төлем тапсырмасын кері қайтарды; ол төленбейді. Ол үшін ұсталған сома шотта қайтадан қолжетімді.</translation>
    </message>
    <message>
        <source>The bank answered that payment order {number} is {status}.</source>
        <translation>Банк {number} төлем тапсырмасының мәртебесі — {status} деп жауап берді.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer did not arrive, so it is not known whether the document was recalled. {reason} Click Sign and recall again: a second recall of the same document is harmless.</source>
        <translation>Банктің жауабы келмеді, сондықтан құжаттың кері қайтарылғаны белгісіз. {reason} «Қол қойып, кері қайтарып алу» батырмасын қайта басыңыз: бір құжатты екінші рет кері қайтарып алу зиянсыз.</translation>
    </message>
    <message>
        <source>The document was not recalled. {reason}</source>
        <translation>Құжат кері қайтарылмады. {reason}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>The file {name} cannot be read ({reason}); check that it exists and you may open it.</source>
        <translation>{name} файлын оқу мүмкін емес ({reason}); файлдың бар екенін және оны ашуға рұқсатыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; split the registry into several orders.</source>
        <translation>Файл {limit} МБ-тан үлкен; тізілімді бірнеше тапсырмаға бөліңіз.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns: IIN; full name; IIK; amount.</source>
        <translation>Файл бос; бірінші жолда бағандар аталуы керек: ЖСН; аты-жөні; ЖСК; сомасы.</translation>
    </message>
    <message>
        <source>The first line must name the columns; it lacks: {columns}. Name them e.g. IIN; full name; IIK; amount.</source>
        <translation>Бірінші жолда бағандар аталуы керек; мыналар жоқ: {columns}. Оларды мысалы былай атаңыз: ЖСН; аты-жөні; ЖСК; сомасы.</translation>
    </message>
    <message>
        <source>It has {count} columns; the first line names {expected}.</source>
        <translation>Онда {count} баған бар; бірінші жолда {expected} баған аталған.</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported; problems in the file: {count}. Correct these lines and import it again.</source>
        <translation>Ештеңе импортталмады; файлдағы қателер: {count}. Осы жолдарды түзетіп, файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The file names the columns but has no employees&apos; lines.</source>
        <translation>Файлда бағандар аталған, бірақ қызметкерлер жолдары жоқ.</translation>
    </message>
</context>
<context>
    <name>RegistrySection</name>
    <message>
        <source>Registry of employees</source>
        <translation>Қызметкерлер тізілімі</translation>
    </message>
</context>
<context>
    <name>RegistryTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Жол &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Жолды &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;жүктеу…</translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 or Windows-1251, columns separated by ; or , and a first line naming them: IIN; full name; IIK; amount</source>
        <translation>UTF-8 немесе Windows-1251 кодтауындағы CSV файлы, бағандар ; немесе , арқылы бөлінеді, бірінші жолда олар аталады: ЖСН; аты-жөні; ЖСК; сомасы</translation>
    </message>
    <message>
        <source>Type the birth date as DD.MM.YYYY, e.g. 17.04.1985.</source>
        <translation>Туған күнін КК.АА.ЖЖЖЖ түрінде енгізіңіз, мысалы 17.04.1985.</translation>
    </message>
    <message>
        <source>Type the month paid for as MM.YYYY, e.g. 10.2026 for October 2026.</source>
        <translation>Төленетін айды АА.ЖЖЖЖ түрінде енгізіңіз, мысалы 2026 жылғы қазан үшін 10.2026.</translation>
    </message>
    <message numerus="yes">
        <source>%n copied columns did not fit to the right and were left out: {columns} (counting from the first copied column). Start the paste in an earlier column, or copy fewer columns.</source>
        <translation>
            <numerusform>Көшірілген %n баған тізілімге оң жағынан сыймады, ол қойылмады: {columns} (бірінші көшірілген бағаннан бастап санағанда). Қоюды солдағы бағаннан бастаңыз немесе азырақ баған көшіріңіз.</numerusform>
            <numerusform>Көшірілген %n баған тізілімге оң жағынан сыймады, олар қойылмады: {columns} (бірінші көшірілген бағаннан бастап санағанда). Қоюды солдағы бағаннан бастаңыз немесе азырақ баған көшіріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {column}: {problem}</source>
        <translation>{line}-жол, {column}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cells to correct.</source>
        <translation>
            <numerusform>… және түзететін тағы %n ұяшық.</numerusform>
            <numerusform>… және түзететін тағы %n ұяшық.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines, total {total}; the order&apos;s amount {amount}</source>
        <translation>
            <numerusform>%n жол, жиыны {total}; тапсырма сомасы {amount}</numerusform>
            <numerusform>%n жол, жиыны {total}; тапсырма сомасы {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the registry from CSV</source>
        <translation>Тізілімді CSV-ден жүктеу</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} оқылуда…</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>{line}-жол: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… және тағы {count}.</translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>Documents restored from the bank</source>
        <translation>Құжаттар банктен қалпына келтірілді</translation>
    </message>
    <message>
        <source>Documents the bank returned that were missing here: %1. Documents brought up to date with the bank&apos;s state: %2.</source>
        <translation>Мұнда жоқ болған, банк қайтарған құжаттар: %1. Күйі банктің деректерімен жаңартылған құжаттар: %2.</translation>
    </message>
    <message>
        <source>Documents of the bank of a kind this version cannot show: %1.</source>
        <translation>Бұл нұсқа көрсете алмайтын түрдегі банк құжаттары: %1.</translation>
    </message>
    <message>
        <source>№ %1 of %2, %3 %4 to %5 (%6)</source>
        <translation>№ %1, %2, %3 %4, алушы %5 (%6)</translation>
    </message>
    <message>
        <source>These documents never reached the bank; check them, then sign and send those still needed:</source>
        <translation>Бұл құжаттар банкке жетпеген; оларды тексеріп, керектерін қол қойып жіберіңіз:</translation>
    </message>
    <message>
        <source>Drafts and unsent documents made after the last backup (all of them, without a backup) were only in the store that could not be opened and are lost: type them again or import them from 1C.</source>
        <translation>Соңғы сақтық көшірмеден кейін жасалған жобалар мен жіберілмеген құжаттар (көшірме болмаса — бәрі) тек ашылмаған қоймада болған және жоғалды: оларды қайта енгізіңіз немесе 1С-тен жүктеңіз.</translation>
    </message>
</context>
<context>
    <name>SecurityNotice</name>
    <message>
        <source>Take the key carrier out of the computer whenever you leave the workplace, and never leave it plugged in: with it, anyone at this computer can sign payments in your company&apos;s name.</source>
        <translation>Жұмыс орнынан кеткен сайын кілт тасушыны компьютерден суырып алыңыз және оны ешқашан қосулы қалдырмаңыз: онымен осы компьютердегі кез келген адам компанияңыздың атынан төлемдерге қол қоя алады.</translation>
    </message>
    <message>
        <source>The bank never asks for your password, one-time codes or key carrier, by phone, messenger or letter. If someone who calls himself a bank employee asks, tell him nothing and report it to the bank.</source>
        <translation>Банк ешқашан құпия сөзіңізді, бір реттік кодтарды немесе кілт тасушыны телефон, мессенджер не хат арқылы сұрамайды. Өзін банк қызметкері деп таныстырған біреу сұраса, оған ештеңе айтпаңыз және бұл туралы Банкке хабарлаңыз.</translation>
    </message>
    <message>
        <source>Each time you sign in, the client checks the bank server&apos;s certificate. If it ever warns that the server may be fake, do not go on: call the bank on its official number.</source>
        <translation>Әр кірген сайын клиент банк серверінің сертификатын тексереді. Егер ол сервер жалған болуы мүмкін деп ескертсе, жұмысты жалғастырмаңыз: Банкке оның ресми нөмірі бойынша қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>If the computer suddenly does not start or shows strange messages, call the bank&apos;s support at once and block your access: Session → Block my access now.</source>
        <translation>Егер компьютер кенеттен іске қосылмаса немесе түсініксіз хабарламалар шығарса, Банктің қолдау қызметіне дереу хабарласып, кіруіңізді бұғаттаңыз: Сеанс → Қолжетімділігімді қазір бұғаттау.</translation>
    </message>
    <message>
        <source>Never write passwords on notes at the workplace and never hand them or the key carrier to anyone, not even to someone repairing the computer.</source>
        <translation>Құпия сөздерді жұмыс орнындағы жазбаларға ешқашан жазбаңыз және оларды немесе кілт тасушыны ешкімге, тіпті компьютерді жөндеп жатқан адамға да бермеңіз.</translation>
    </message>
    <message>
        <source>If you think someone knows your password, change it at once (Session → Change password) or ask the bank to block your access.</source>
        <translation>Құпия сөзіңізді біреу біліп қойды деп күдіктенсеңіз, оны дереу ауыстырыңыз (Сеанс → Құпия сөзді өзгерту) немесе Банктен кіруіңізді бұғаттауды сұраңыз.</translation>
    </message>
    <message>
        <source>Do not open letters with unknown attachments or links, above all &quot;urgent&quot; ones: delete them and check the computer with an up-to-date antivirus.</source>
        <translation>Белгісіз салынымдары немесе сілтемелері бар хаттарды, әсіресе «шұғыл» деп белгіленгендерін ашпаңыз: оларды өшіріп, компьютерді жаңартылған антивируспен тексеріңіз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Security reminder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Қауіпсіздік туралы еске салу&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What to do if you told someone a code</source>
        <translation>Кодты біреуге айтып қойсаңыз не істеу керек</translation>
    </message>
    <message>
        <source>Not again this session</source>
        <translation>Осы сеанста енді көрсетпеу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>What to do if you &amp;told someone a code…</source>
        <translation>&amp;Кодты біреуге айтып қойсаңыз не істеу керек…</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The bank&apos;s server</source>
        <translation>Банк сервері</translation>
    </message>
    <message>
        <source>Your IT staff have set the bank&apos;s server and its fingerprint. Check that the fingerprints below match, then go on.</source>
        <translation>IT қызметкерлері банк серверін және оның саусақ ізін орнатты. Төмендегі саусақ іздерінің сәйкес келетінін тексеріп, әрі қарай жалғастырыңыз.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the CA fingerprint from the bank&apos;s letter. The client connects and compares the fingerprint the server shows with the printed one.</source>
        <translation>Банк хатындағы сервер мекенжайы мен КО саусақ ізін енгізіңіз. Бағдарлама қосылып, сервер көрсеткен саусақ ізін басылғанымен салыстырады.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint in the bank&apos;s letter:</source>
        <translation>Банк хатындағы &amp;саусақ ізі:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Сервер сертификаты:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Жарамдылығы:</translation>
    </message>
    <message>
        <source>Server SHA-256:</source>
        <translation>Сервер SHA-256:</translation>
    </message>
    <message>
        <source>Bank CA:</source>
        <translation>Банктің КО-сы:</translation>
    </message>
    <message>
        <source>CA SHA-256 from the server:</source>
        <translation>Серверден КО SHA-256:</translation>
    </message>
    <message>
        <source>CA SHA-256 in the letter:</source>
        <translation>Хаттағы КО SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Connect and compare</source>
        <translation>&amp;Қосылып, салыстыру</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as the bank&apos;s letter gives it, beginning with https://</source>
        <translation>Сервер мекенжайын банк хатында берілгендей, https:// деп бастап енгізіңіз</translation>
    </message>
    <message>
        <source>Type the fingerprint from the bank&apos;s letter: 64 characters, digits and the letters A to F (colons and spaces may be left out).</source>
        <translation>Банк хатындағы саусақ ізін енгізіңіз: 64 таңба, цифрлар мен A–F әріптері (қос нүкте мен бос орындарды түсіріп жазуға болады).</translation>
    </message>
    <message>
        <source>Connecting to the bank&apos;s server…</source>
        <translation>Банк серверіне қосылуда…</translation>
    </message>
    <message>
        <source>The server did not show the certificate of the bank&apos;s CA, so it cannot be checked. This may be a fake server: stop here, type no password, and call the bank on its official number.</source>
        <translation>Сервер банктің КО сертификатын көрсетпеді, сондықтан оны тексеру мүмкін емес. Бұл жалған сервер болуы мүмкін: осы жерде тоқтаңыз, ешқандай құпия сөз енгізбеңіз және банкке ресми нөмірі бойынша хабарласыңыз.</translation>
    </message>
    <message>
        <source>The fingerprints do NOT match. This may be a fake server pretending to be the bank: stop here, type no password, and call the bank on its official number. Check the address too.</source>
        <translation>Саусақ іздері сәйкес КЕЛМЕЙДІ. Бұл банк болып көрінетін жалған сервер болуы мүмкін: осы жерде тоқтаңыз, ешқандай құпия сөз енгізбеңіз және банкке ресми нөмірі бойынша хабарласыңыз. Мекенжайды да тексеріңіз.</translation>
    </message>
    <message>
        <source>The fingerprints match: this is the bank&apos;s server. From now on the client trusts only this bank&apos;s CA.</source>
        <translation>Саусақ іздері сәйкес келеді: бұл банктің сервері. Енді бағдарлама тек осы банктің КО-сына сенеді.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>not shown by the server</source>
        <translation>сервер көрсетпеді</translation>
    </message>
</context>
<context>
    <name>SetupAgain</name>
    <message>
        <source>Set &amp;up again…</source>
        <translation>Қ&amp;айта баптау…</translation>
    </message>
    <message>
        <source>Check the bank&apos;s server, choose the key carrier or request a new key</source>
        <translation>Банк серверін тексеру, кілт тасушыны таңдау немесе жаңа кілт сұрау</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>The new settings are saved. They apply the next time you start Internet-Client.</source>
        <translation>Жаңа баптаулар сақталды. Олар Интернет-Клиентті келесі іске қосқанда күшіне енеді.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>SignAndSend</name>
    <message>
        <source>The key carrier is not open, so the document cannot be signed. Sign out and sign in again with the carrier plugged in.</source>
        <translation>Кілтті тасушы ашылмаған, сондықтан құжатқа қол қою мүмкін емес. Жүйеден шығып, тасушыны қосыңыз да, жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Your new signing key waits for the bank&apos;s approval of request {id}, so nothing can be signed yet. Sign the act for the new key at the branch; once the bank has approved it, choose Check again in the main window.</source>
        <translation>Жаңа қол қою кілтіңіз Банктің {id} өтінімді мақұлдауын күтуде, сондықтан әзірге ештеңеге қол қою мүмкін емес. Жаңа кілтке арналған актіге филиалда қол қойыңыз; Банк мақұлдағаннан кейін негізгі терезеде «Қайта тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Құжат сақталуда…</translation>
    </message>
    <message>
        <source>Sending the document to the bank…</source>
        <translation>Құжат банкке жіберілуде…</translation>
    </message>
    <message>
        <source>Signing on the key carrier…</source>
        <translation>Кілтті тасушыда қол қойылуда…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Check what you sign</source>
        <translation>Неге қол қоятыныңызды тексеріңіз</translation>
    </message>
    <message>
        <source>The account of a beneficiary you paid before has changed. Malicious programs change accounts in files from accounting software: call the beneficiary and check the new details before you sign.</source>
        <translation>Бұрын төлем жасаған алушының шоты өзгерді. Зиянды бағдарламалар бухгалтерлік бағдарлама файлдарындағы шоттарды ауыстырады: қол қоймас бұрын алушыға қоңырау шалып, жаңа деректемелерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Алушы туралы</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгерген</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>I have confirmed the changed details with the beneficiary by phone</source>
        <translation>Өзгерген деректемелерді алушымен телефон арқылы растадым</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Қол қою</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Single signature</source>
        <translation>Жеке қолтаңба</translation>
    </message>
    <message>
        <source>First signature</source>
        <translation>Бірінші қолтаңба</translation>
    </message>
    <message>
        <source>Second signature</source>
        <translation>Екінші қолтаңба</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <source>Needs the second signature: a user with the second signature right signs it under Awaiting my signature.</source>
        <translation>Екінші қолтаңба қажет: оны «Менің қолтаңбамды күтуде» бөлімінде екінші қолтаңба құқығы бар пайдаланушы қояды.</translation>
    </message>
    <message>
        <source>Complete: the document has all the signatures it needs</source>
        <translation>Толық: құжатта қажетті қолтаңбалардың бәрі бар</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>{right}: {signer}, {time}</source>
        <translation>{right}: {signer}, {time}</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The bank&apos;s statement of {iban} does not add up: opening balance {opening} + credits {credit} - debits {debit} is {expected}, but the bank says the closing balance is {closing}. Do not rely on it; call the bank.</source>
        <translation>Банктің {iban} шоты бойынша үзінді көшірмесі сәйкес келмейді: бастапқы қалдық {opening} + кредит {credit} - дебет {debit} = {expected}, ал банк соңғы қалдықты {closing} деп көрсетеді. Бұл үзінді көшірмеге сүйенбеңіз; банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s statement of {iban} does not add up: its lines total {debit} debit and {credit} credit, but the bank&apos;s turnovers are {total_debit} and {total_credit}. Fetch it again; if this repeats, call the bank.</source>
        <translation>Банктің {iban} шоты бойынша үзінді көшірмесі сәйкес келмейді: жолдар бойынша дебет {debit}, кредит {credit}, ал банк көрсеткен айналымдар — {total_debit} және {total_credit}. Үзінді көшірмені қайта сұратыңыз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s statement changed while it was being fetched. Fetch it again.</source>
        <translation>Үзінді көшірме алынып жатқанда банкте өзгерді. Оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s statement could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Банктің үзінді көшірмесін оқу мүмкін болмады. Қайталап көріңіз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>StatementCsv</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Counterparty&apos;s BIN/IIN</source>
        <translation>Контрагенттің БСН/ЖСН</translation>
    </message>
    <message>
        <source>Counterparty&apos;s IIK</source>
        <translation>Контрагенттің ЖСК</translation>
    </message>
    <message>
        <source>Counterparty&apos;s BIC</source>
        <translation>Контрагенттің БСК</translation>
    </message>
    <message>
        <source>Counterparty&apos;s bank</source>
        <translation>Контрагенттің банкі</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Төлем мақсаты</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Құжат идентификаторы</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>Жол идентификаторы</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company&apos;s BIN</source>
        <translation>Компанияның БСН</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ЖСК</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Төлем мақсаты</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Counterparty, IIN/BIN, IIK, bank</source>
        <translation>Контрагент, ЖСН/БСН, ЖСК, банк</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Purpose of payment</source>
        <translation>Төлем мақсаты</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Дебет</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Account statement {iban}, {first} to {last}</source>
        <translation>{iban} шоты бойынша үзінді көшірме, {first} – {last}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БСН {bin}</translation>
    </message>
    <message>
        <source>Account (IIK)</source>
        <translation>Шот (ЖСК)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Бастапқы қалдық</translation>
    </message>
    <message>
        <source>Debit turnover</source>
        <translation>Дебет айналымы</translation>
    </message>
    <message>
        <source>Credit turnover</source>
        <translation>Кредит айналымы</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Соңғы қалдық</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>Шот бойынша үзінді көшірме</translation>
    </message>
    <message>
        <source>IIK {iik}</source>
        <translation>ЖСК {iik}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Бет {page} / {pages}</translation>
    </message>
    <message>
        <source>Printed {when} by Internet-Client</source>
        <translation>Интернет-Клиенттен басып шығарылды: {when}</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Айналым</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message>
        <source>Account statement</source>
        <translation>Шот бойынша үзінді көшірме</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Жолдар</translation>
    </message>
    <message>
        <source>Balance &amp;chart</source>
        <translation>Қалдық &amp;графигі</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Шот:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Кеше</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;басы</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;соңы</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Бастапқы қалдық</translation>
    </message>
    <message>
        <source>Debit turnover (out)</source>
        <translation>Дебет айналымы (шығыс)</translation>
    </message>
    <message>
        <source>Credit turnover (in)</source>
        <translation>Кредит айналымы (кіріс)</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Соңғы қалдық</translation>
    </message>
    <message>
        <source>Counterparty, IIN/BIN, IIK, purpose, number, date or amount</source>
        <translation>Контрагент, ЖСН/БСН, ЖСК, мақсат, нөмір, күн немесе сома</translation>
    </message>
    <message>
        <source>Find in the statement</source>
        <translation>Үзінді көшірмеден іздеу</translation>
    </message>
    <message>
        <source>Debits, credits or both</source>
        <translation>Дебет, кредит немесе екеуі де</translation>
    </message>
    <message>
        <source>Debits and credits</source>
        <translation>Дебет және кредит</translation>
    </message>
    <message>
        <source>Debits only (out)</source>
        <translation>Тек дебет (шығыс)</translation>
    </message>
    <message>
        <source>Credits only (in)</source>
        <translation>Тек кредит (кіріс)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сақтау:</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>MT940…</source>
        <translation>MT940…</translation>
    </message>
    <message>
        <source>1C…</source>
        <translation>1С…</translation>
    </message>
    <message>
        <source>KZ-1048 (Windows, for 1C)</source>
        <translation>KZ-1048 (Windows, 1С үшін)</translation>
    </message>
    <message>
        <source>The encoding of the 1C file. Both keep the Kazakh letters. KZ-1048 is written as &quot;Windows&quot;, which every 1C reads; if your 1C shows wrong letters, choose UTF-8.</source>
        <translation>1С файлының кодтамасы. Екеуі де қазақ әріптерін сақтайды. KZ-1048 «Windows» деп жазылады, оны кез келген 1С оқиды; егер 1С әріптерді қате көрсетсе, UTF-8 таңдаңыз.</translation>
    </message>
    <message>
        <source>1C &amp;encoding:</source>
        <translation>1С &amp;кодтамасы:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>There is no account to show: the bank has not sent the accounts yet. Refresh the main window, then try again.</source>
        <translation>Көрсететін шот жоқ: банк шоттарды әлі жібермеді. Негізгі терезені жаңартып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Asking the bank for the statement of {iban}…</source>
        <translation>Банктен {iban} шоты бойынша үзінді көшірме сұралуда…</translation>
    </message>
    <message>
        <source> The statement shown before is kept.</source>
        <translation> Бұрын көрсетілген үзінді көшірме сақталды.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Жүктеу тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <source>{count} lines received…</source>
        <translation>
            <numerusform>{count} жол алынды…</numerusform>
            <numerusform>{count} жол алынды…</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement could not be loaded. {reason}</source>
        <translation>Үзінді көшірмені жүктеу мүмкін болмады. {reason}</translation>
    </message>
    <message>
        <source>Below is still the statement of {iban} loaded before.</source>
        <translation>Төменде бұрын жүктелген {iban} шоты бойынша үзінді көшірме әлі көрсетіліп тұр.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} lines</source>
        <translation>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} жол</numerusform>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} жол</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the statement from the file {file}, as the file gives it, not the bank&apos;s. Load the bank&apos;s with Load.</source>
        <translation>Бұл — {file} файлындағы үзінді көшірме, файлда қалай жазылса, солай; банктікі емес. Банктікін «Жүктеу» батырмасымен жүктеңіз.</translation>
    </message>
    <message>
        <source>No statement loaded yet.</source>
        <translation>Үзінді көшірме әлі жүктелмеген.</translation>
    </message>
    <message>
        <source>Load a statement to see how the balance moved.</source>
        <translation>Қалдықтың қалай өзгергенін көру үшін үзінді көшірмені жүктеңіз.</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>Үзінді көшірме жүктелуде…</translation>
    </message>
    <message>
        <source>Choose an account and a period, then press Load (or one of Today, Yesterday, This month, Last month).</source>
        <translation>Шот пен кезеңді таңдап, «Жүктеу» батырмасын басыңыз (немесе «Бүгін», «Кеше», «Осы ай», «Өткен ай» батырмаларының бірін).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message numerus="yes">
        <source>{total} lines</source>
        <translation>
            <numerusform>{total} жол</numerusform>
            <numerusform>{total} жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of {total} lines shown</source>
        <translation>
            <numerusform>{total} жолдың ешқайсысы көрсетілмеген</numerusform>
            <numerusform>{total} жолдың ешқайсысы көрсетілмеген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} lines shown: debit {debit}, credit {credit}</source>
        <translation>
            <numerusform>{total} жолдың {shown} жолы көрсетілген: дебет {debit}, кредит {credit}</numerusform>
            <numerusform>{total} жолдың {shown} жолы көрсетілген: дебет {debit}, кредит {credit}</numerusform>
        </translation>
    </message>
    <message>
        <source>No transactions on {iban} from {start} to {end}: the balance stayed at {balance} {currency}.</source>
        <translation>{iban} шоты бойынша {start} – {end} аралығында операциялар болған жоқ: қалдық өзгермеді, {balance} {currency}.</translation>
    </message>
    <message>
        <source>No line matches the search. Change the text or show debits and credits.</source>
        <translation>Іздеуге сәйкес келетін жол жоқ. Мәтінді өзгертіңіз немесе «Дебет және кредит» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Line {number} of {date} is not one of your payment orders: there is no document to open.</source>
        <translation>{date} күнгі № {number} жол сіздің төлем тапсырмаларыңыздың бірі емес: ашатын құжат жоқ.</translation>
    </message>
    <message>
        <source>Payment order {number} was sent from another computer; it is not stored on this one, so it cannot be opened here.</source>
        <translation>№ {number} төлем тапсырмасы басқа компьютерден жіберілген; ол бұл компьютерде сақталмаған, сондықтан оны мұнда ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Үзінді көшірмені PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Үзінді көшірмені CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the statement as MT940</source>
        <translation>Үзінді көшірмені MT940 ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the statement for 1C (ClientBankExchange)</source>
        <translation>Үзінді көшірмені 1С үшін сақтау (ClientBankExchange)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV кестелері (*.csv)</translation>
    </message>
    <message>
        <source>MT940 statements (*.sta *.mt940 *.txt)</source>
        <translation>MT940 үзінді көшірмелері (*.sta *.mt940 *.txt)</translation>
    </message>
    <message>
        <source>1C exchange files (*.txt)</source>
        <translation>1С алмасу файлдары (*.txt)</translation>
    </message>
    <message>
        <source>Saving the statement as {format} to {path}…</source>
        <translation>Үзінді көшірме {format} пішімінде сақталуда: {path}…</translation>
    </message>
    <message>
        <source>The statement was saved as {format} to {path}.</source>
        <translation>Үзінді көшірме {format} пішімінде сақталды: {path}.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder or free some space, then save again.</source>
        <translation>Файлды жазу мүмкін болмады ({error}). Басқа қалтаны таңдаңыз немесе дискіде орын босатыңыз да, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The statement was not saved as {format} to {path}. {reason}</source>
        <translation>Үзінді көшірме {format} пішімінде сақталмады: {path}. {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{iban}&lt;/b&gt;: {start} – {end}, lines arriving; balances and turnovers follow when all have come and add up</source>
        <translation>&lt;b&gt;{iban}&lt;/b&gt;: {start} – {end}, жолдар келіп жатыр; қалдықтар мен айналымдар барлық жол келіп, сәйкес келгенде шығады</translation>
    </message>
    <message>
        <source>{total} lines so far</source>
        <translation>Әзірге {total} жол</translation>
    </message>
    <message>
        <source>{shown} of {total} lines so far shown</source>
        <translation>Әзірге келген {total} жолдың {shown} жолы көрсетілген</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Document {number} is already signed and can no longer be changed. Copy it to make a new one.</source>
        <translation>№ {number} құжатқа қол қойылған, оны енді өзгертуге болмайды. Жаңа құжат жасау үшін оның көшірмесін жасаңыз.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer names document {number}, which was never signed here.</source>
        <translation>Банктің жауабында № {number} құжат көрсетілген, бірақ оған мұнда қол қойылмаған.</translation>
    </message>
    <message>
        <source>Document {number} cannot be signed now: its status is “{status}”.</source>
        <translation>№ {number} құжатқа қазір қол қою мүмкін емес: оның мәртебесі — «{status}».</translation>
    </message>
    <message>
        <source>Document {number} cannot move to “{to}”: its status is “{status}”.</source>
        <translation>№ {number} құжат «{to}» мәртебесіне өте алмайды: оның мәртебесі — «{status}».</translation>
    </message>
    <message>
        <source>The document is no longer in the local store; it may have been deleted.</source>
        <translation>Құжат жергілікті қоймада енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>The local document store {path} was written by a newer version of the client. Install that version or newer.</source>
        <translation>{path} жергілікті құжаттар қоймасын клиенттің жаңарақ нұсқасы жазған. Сол нұсқаны немесе одан жаңасын орнатыңыз.</translation>
    </message>
    <message>
        <source>The local document store {path} is damaged and cannot be read. Documents already at the bank are safe there; ask IT staff to restore the file from a backup.</source>
        <translation>{path} жергілікті құжаттар қоймасы бүлінген, оны оқу мүмкін емес. Банкке жіберілген құжаттар банкте сақтаулы; IT мамандарынан файлды сақтық көшірмеден қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <source>The local document store {path} cannot be opened or written. Check that the disk is not full and that the folder is writable; the last change was not saved.</source>
        <translation>{path} жергілікті құжаттар қоймасын ашу немесе оған жазу мүмкін емес. Дискінің толып қалмағанын және қалтаға жазуға рұқсат бар екенін тексеріңіз; соңғы өзгеріс сақталмады.</translation>
    </message>
    <message>
        <source>Document {number} here differs from the one the bank holds; the bank&apos;s copy was signed. Refresh the list.</source>
        <translation>Мұндағы {number} құжаты банктегі құжаттан өзгеше; банктегі нұсқаға қол қойылды. Тізімді жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The key of the local document store, kept in {where}, is not a key this client made. Ask IT staff to check it; until then documents cannot be opened.</source>
        <translation>{where} ішіндегі жергілікті құжаттар қоймасының кілтін бұл бағдарлама жасамаған. АТ мамандарынан оны тексеруді сұраңыз; оған дейін құжаттарды ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store did not keep the key of the local document store. Ask IT staff to check the credential store (on Linux the Secret Service, on Windows the Credential Manager).</source>
        <translation>Жүйенің тіркелгі деректері қоймасы жергілікті құжаттар қоймасының кілтін сақтамады. АТ мамандарынан оны тексеруді сұраңыз (Linux жүйесінде — Secret Service, Windows жүйесінде — тіркелгі деректерінің диспетчері).</translation>
    </message>
    <message>
        <source>The key file {path} named in the settings cannot be read. Ask IT staff to check it and its permissions.</source>
        <translation>Баптауларда көрсетілген {path} кілт файлы оқылмайды. АТ мамандарынан оны және оған қолжетімділік құқықтарын тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>The key file {path} named in the settings cannot be written. Ask IT staff to check the folder and its permissions.</source>
        <translation>Баптауларда көрсетілген {path} кілт файлын жазу мүмкін емес. АТ мамандарынан қалтаны және оған қолжетімділік құқықтарын тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store is locked, so the key of the local document store cannot be read. Unlock it (sign in to the computer again, or open the keyring) and start the client again.</source>
        <translation>Жүйенің тіркелгі деректері қоймасы құлыпталған, сондықтан жергілікті құжаттар қоймасының кілті оқылмайды. Оны ашыңыз (компьютерге қайта кіріңіз немесе кілттер жинағын ашыңыз) да, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>This computer has no credential store the client can keep its key in, and documents are never kept unencrypted. IT staff: run a Secret Service (for example GNOME Keyring) in the user&apos;s session, or name a key file for the client in the settings ([storage] key_file) on a disk only this user can read.</source>
        <translation>Бұл компьютерде бағдарлама өз кілтін сақтай алатын тіркелгі деректері қоймасы жоқ, ал құжаттар ешқашан шифрланбай сақталмайды. АТ мамандарына: пайдаланушы сеансында Secret Service қызметін (мысалы, GNOME Keyring) іске қосыңыз немесе баптауларда тек осы пайдаланушы оқи алатын дискідегі кілт файлын көрсетіңіз ([storage] key_file).</translation>
    </message>
</context>
<context>
    <name>StoreRescueDialog</name>
    <message>
        <source>Documents on this computer</source>
        <translation>Осы компьютердегі құжаттар</translation>
    </message>
    <message>
        <source>Documents the bank received are safe at the bank. Choose how to bring the documents on this computer back:</source>
        <translation>Банк алған құжаттар банкте сақтаулы. Осы компьютердегі құжаттарды қалай қайтаратыныңызды таңдаңыз:</translation>
    </message>
    <message>
        <source>Backup of %1 (documents in it: %2)</source>
        <translation>%1 көшірмесі (ондағы құжаттар: %2)</translation>
    </message>
    <message>
        <source>Restore this backup, then bring it up to date from the bank</source>
        <translation>Осы сақтық көшірмені қалпына келтіріп, банктен толықтыру</translation>
    </message>
    <message>
        <source>There is no backup this client can open (backups use the same key as the store).</source>
        <translation>Бағдарлама аша алатын сақтық көшірме жоқ (көшірмелер қоймамен бірдей кілтпен шифрланады).</translation>
    </message>
    <message>
        <source>Restore from the bank only</source>
        <translation>Тек банктен қалпына келтіру</translation>
    </message>
    <message>
        <source>After you sign in, every document the bank received comes back with its state. Drafts and documents that never reached the bank were only on this computer: they cannot come back from the bank.</source>
        <translation>Кіргеннен кейін банк алған барлық құжаттар күйлерімен қайтады. Банкке жетпеген жобалар мен құжаттар тек осы компьютерде болған: оларды банктен қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Everything is set up. Finish saves these settings and opens the main window.</source>
        <translation>Бәрі бапталды. «Аяқтау» батырмасы осы баптауларды сақтап, негізгі терезені ашады.</translation>
    </message>
    <message>
        <source>Bank server:</source>
        <translation>Банк сервері:</translation>
    </message>
    <message>
        <source>Bank CA SHA-256:</source>
        <translation>Банк КО SHA-256:</translation>
    </message>
    <message>
        <source>Key carrier:</source>
        <translation>Кілт тасушы:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Қол қою кілті:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Баптаулар файлы:</translation>
    </message>
    <message>
        <source>{owner}, valid {start} to {end}</source>
        <translation>{owner}, {start} – {end} аралығында жарамды</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Үлгі ретінде сақтау</translation>
    </message>
    <message>
        <source>Name the template: the beneficiary, amount, KNP and purpose of payment order {number} are kept under it.</source>
        <translation>Үлгіге атау беріңіз: {number} төлем тапсырмасының алушысы, сомасы, ТМК және мақсаты осы атаумен сақталады.</translation>
    </message>
</context>
<context>
    <name>TemplateWindow</name>
    <message>
        <source>Templates</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Үлгіні іздеу</translation>
    </message>
    <message>
        <source>Find by name, beneficiary or purpose</source>
        <translation>Атауы, алушысы немесе мақсаты бойынша іздеу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Amount, KZT</source>
        <translation>Сомасы, KZT</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>ТМК</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Төлем мақсаты</translation>
    </message>
    <message>
        <source>No templates yet. To make one, open a payment order and click Save as template, or select it in the payment list and choose Save as template in the Documents menu.</source>
        <translation>Әзірге үлгілер жоқ. Үлгі жасау үшін төлем тапсырмасын ашып, «Үлгі ретінде сақтау» батырмасын басыңыз немесе оны төлем тізімінен таңдап, «Құжаттар» мәзірінен «Үлгі ретінде сақтау» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;New draft from template</source>
        <translation>Үлгіден жаңа &amp;жоба</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Атын ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Draft payment order {number} was made from the template and opened.</source>
        <translation>Үлгіден {number} төлем тапсырмасының жобасы жасалып, ашылды.</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Үлгінің атын өзгерту</translation>
    </message>
    <message>
        <source>New name of the template:</source>
        <translation>Үлгінің жаңа атауы:</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Documents made from it are kept.</source>
        <translation>«{name}» үлгісін жою керек пе? Одан жасалған құжаттар сақталады.</translation>
    </message>
    <message>
        <source>Template “{name}” was deleted. Documents made from it are kept.</source>
        <translation>«{name}» үлгісі жойылды. Одан жасалған құжаттар сақталады.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Type a name for the template, e.g. the beneficiary and what is paid for.</source>
        <translation>Үлгінің атауын енгізіңіз, мысалы, алушы және не үшін төленетіні.</translation>
    </message>
    <message>
        <source>A template name may have at most {limit} characters; it has {count}.</source>
        <translation>Үлгі атауы ең көбі {limit} таңбадан тұруы мүмкін; онда {count} таңба бар.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists. Choose another name, or delete the old template first.</source>
        <translation>«{name}» атты үлгі бар. Басқа атау таңдаңыз немесе алдымен ескі үлгіні жойыңыз.</translation>
    </message>
    <message>
        <source>The template is no longer in the local store; it may have been deleted in another window.</source>
        <translation>Үлгі жергілікті қоймада енді жоқ; ол басқа терезеде жойылған болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>The PIN is wrong. The key carrier has one try left: if the next PIN is wrong too, the carrier is locked and only the PUK code from your PIN envelope unlocks it. If you are not sure of the PIN, stop and contact the bank&apos;s security officer.</source>
        <translation>ПИН-код қате. Кілт тасушыда бір ғана мүмкіндік қалды: келесі ПИН-код та қате болса, тасушы бұғатталады және оны тек пин-конверттегі PUK-код ашады. ПИН-кодқа сенімді болмасаңыз, тоқтап, банктің қауіпсіздік қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Check the keyboard layout and Caps Lock, then type the PIN again. The key carrier does not say how many tries are left: after a few wrong PINs it locks, and only the PUK code from your PIN envelope unlocks it.</source>
        <translation>ПИН-код қате. Пернетақта тілін және Caps Lock-ты тексеріп, ПИН-кодты қайта енгізіңіз. Кілт тасушы қанша мүмкіндік қалғанын айтпайды: бірнеше қате ПИН-кодтан кейін ол бұғатталады және оны тек пин-конверттегі PUK-код ашады.</translation>
    </message>
    <message>
        <source>The PIN is too short or too long for this key carrier. Check the PIN and type it again.</source>
        <translation>ПИН-код бұл кілтті тасушы үшін тым қысқа немесе тым ұзын. ПИН-кодты тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The PIN of the key carrier is locked after too many wrong tries. Unlock it with the PUK code from your PIN envelope, or contact the bank&apos;s security officer.</source>
        <translation>Тым көп қате талпыныстан кейін кілтті тасушының ПИН-коды бұғатталды. Оны пин-конверттегі PUK-кодпен бұғаттан шығарыңыз немесе банктің қауіпсіздік қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The key carrier&apos;s driver could not be loaded from {path}. Ask your IT staff to check that the carrier&apos;s driver is installed and that this path in the settings is right.</source>
        <translation>Кілтті тасушының драйверін жүктеу мүмкін болмады (жолы: {path}). IT мамандарыңыздан тасушы драйверінің орнатылғанын және баптаулардағы осы жолдың дұрыс екенін тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>The key carrier &quot;{name}&quot; was not found. Insert it and try again.</source>
        <translation>«{name}» кілтті тасушысы табылмады. Оны қосып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>No key carrier was found. Insert the key carrier and try again.</source>
        <translation>Кілтті тасушы табылмады. Кілтті тасушыны қосып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The key carrier was removed. Insert it again and repeat what you were doing.</source>
        <translation>Кілтті тасушы ажыратылды. Оны қайта қосып, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The connection to the key carrier was lost. Check that it is inserted, enter the PIN again and repeat what you were doing.</source>
        <translation>Кілтті тасушымен байланыс үзілді. Оның қосылғанын тексеріп, ПИН-кодты қайта енгізіңіз және әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The key &quot;{label}&quot; is not on this key carrier. Check that you inserted the right carrier; if the key is lost, request a new key from the bank.</source>
        <translation>«{label}» кілті бұл кілтті тасушыда жоқ. Дұрыс тасушыны қосқаныңызды тексеріңіз; егер кілт жоғалса, банктен жаңа кілт сұратыңыз.</translation>
    </message>
    <message>
        <source>No signing key was found on the key carrier. Check that you inserted the right carrier, or request a new key from the bank.</source>
        <translation>Кілтті тасушыда ЭСҚ кілті табылмады. Дұрыс тасушыны қосқаныңызды тексеріңіз немесе банктен жаңа кілт сұратыңыз.</translation>
    </message>
    <message>
        <source>The key &quot;{label}&quot; has no certificate on the key carrier yet. Request the certificate from the bank before signing.</source>
        <translation>Кілтті тасушыда «{label}» кілтінің сертификаты әлі жоқ. Қол қоюдан бұрын банктен сертификатты сұратыңыз.</translation>
    </message>
    <message>
        <source>The certificate does not belong to the key &quot;{label}&quot; on the key carrier, so it was not stored. Request the certificate again; if this happens again, contact the bank.</source>
        <translation>Сертификат кілтті тасушыдағы «{label}» кілтіне тиесілі емес, сондықтан ол сақталмады. Сертификатты қайта сұратыңыз; егер бұл қайталанса, банкке хабарласыңыз.</translation>
    </message>
    <message>
        <source>The key carrier reported an error ({code}). Remove the carrier, insert it again and repeat; if it happens again, tell your IT staff this code.</source>
        <translation>Кілтті тасушы қате туралы хабарлады ({code}). Тасушыны ажыратып, қайта қосыңыз да, әрекетті қайталаңыз; егер бұл қайталанса, осы кодты IT мамандарыңызға айтыңыз.</translation>
    </message>
    <message>
        <source>This key carrier signs only with GOST algorithms ({offered}), and the bank needs RSA or ECDSA with SHA-256 ({needed}). Use a carrier or a driver that offers them; your IT staff can check it with bsclient-doctor.</source>
        <translation>Бұл кілт тасығышы тек ГОСТ алгоритмдерімен қол қояды ({offered}), ал банкке SHA-256 бар RSA немесе ECDSA керек ({needed}). Оларды қолдайтын тасығышты немесе драйверді пайдаланыңыз; IT мамандары мұны bsclient-doctor бағдарламасымен тексере алады.</translation>
    </message>
    <message>
        <source>The key carrier cannot sign the way the bank needs ({needed}); it offers {offered}. Use another carrier or driver; your IT staff can check it with bsclient-doctor.</source>
        <translation>Кілт тасығышы банк талап ететіндей қол қоя алмайды ({needed}); ол {offered} ұсынады. Басқа тасығышты немесе драйверді пайдаланыңыз; IT мамандары мұны bsclient-doctor бағдарламасымен тексере алады.</translation>
    </message>
    <message>
        <source>The smart card service (PC/SC) is not running, so the key carrier cannot be found. Ask your IT staff to start the smart card service (pcscd).</source>
        <translation>Смарт-карталар қызметі (PC/SC) іске қосылмаған, сондықтан кілтті тасушыны табу мүмкін емес. IT мамандарыңыздан смарт-карталар қызметін (pcscd) іске қосуды сұраңыз.</translation>
    </message>
    <message>
        <source>No key carrier or card reader is connected. Insert the key carrier into a USB port and try again.</source>
        <translation>Кілтті тасушы да, карта оқу құрылғысы да қосылмаған. Кілтті тасушыны USB портқа қосып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The smart card service could not list the card readers ({detail}). Remove the key carrier, insert it again and retry; if it happens again, tell your IT staff.</source>
        <translation>Смарт-карталар қызметі карта оқу құрылғыларының тізімін ала алмады ({detail}). Кілтті тасушыны ажыратып, қайта қосыңыз да, қайталап көріңіз; егер бұл қайталанса, IT мамандарыңызға хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>ToldACodePage</name>
    <message>
        <source>What to do if you told someone a code</source>
        <translation>Кодты біреуге айтып қойсаңыз не істеу керек</translation>
    </message>
    <message>
        <source>You told someone a code or a password?</source>
        <translation>Кодты немесе құпия сөзді біреуге айтып қойдыңыз ба?</translation>
    </message>
    <message>
        <source>It is not too late: a told code is only the beginning of a fraud. Act now, in this order. Fraudsters hurry you, frighten you and ask you to stay on the line: the bank never does.</source>
        <translation>Әлі де кеш емес: айтылған код — алаяқтықтың соңы емес, тек басы. Қазір мына ретпен әрекет етіңіз. Алаяқтар асықтырады, қорқытады және байланыста болуды сұрайды: Банк ешқашан олай істемейді.</translation>
    </message>
    <message>
        <source>Hang up at once. Call the bank yourself on its official number {phone} and say that a code or password of your company&apos;s internet bank is known to someone else.</source>
        <translation>Телефонды бірден қойыңыз. Банкке оның ресми нөмірі {phone} бойынша өзіңіз қоңырау шалып, компанияңыздың интернет-банкінің коды немесе құпия сөзі бөгде біреуге белгілі болғанын айтыңыз.</translation>
    </message>
    <message>
        <source>Hang up at once. Call the bank yourself on the official number in your company&apos;s contract with the bank or on the bank&apos;s own website, never on a number the caller gave you.</source>
        <translation>Дереу телефонды қойыңыз. Банкке компанияңыздың банкпен шартындағы немесе банктің өз сайтындағы ресми нөмір бойынша өзіңіз қоңырау шалыңыз, қоңырау шалушы берген нөмірге ешқашан емес.</translation>
    </message>
    <message>
        <source>&amp;Block my access now…</source>
        <translation>Қолжетімділігімді қазір &amp;бұғаттау…</translation>
    </message>
    <message>
        <source>My &amp;key is compromised…</source>
        <translation>Менің &amp;кілтім құпиялығын жоғалтты…</translation>
    </message>
    <message>
        <source>Open my &amp;journal</source>
        <translation>Менің &amp;журналымды ашу</translation>
    </message>
    <message>
        <source>Show the &amp;documents</source>
        <translation>&amp;Құжаттарды көрсету</translation>
    </message>
    <message>
        <source>Block your access to the internet bank: nobody can sign in with your login until the bank unblocks it. You are signed out at once.</source>
        <translation>Интернет-банкке кіруіңізді бұғаттаңыз: Банк бұғаттан шығарғанша сіздің логиніңізбен ешкім кіре алмайды. Сіз жүйеден дереу шығасыз.</translation>
    </message>
    <message>
        <source>Revoke your signing key: the bank stops accepting anything signed with it, and a new key is made on your carrier. The bank issues its certificate after you sign the act at the branch.</source>
        <translation>Қолтаңба кілтіңізді кері қайтарып алыңыз: Банк онымен қол қойылған ештеңені қабылдамайды, ал тасушыңызда жаңа кілт жасалады. Банк оның сертификатын филиалда актіге қол қойғаныңыздан кейін береді.</translation>
    </message>
    <message>
        <source>Check recent operations: in your journal, sign-ins and documents you did not make; in the list, payments you did not send. Ask the bank at once to stop any such payment.</source>
        <translation>Соңғы операцияларды тексеріңіз: журналыңызда сіз жасамаған кірулер мен құжаттарды, тізімде сіз жібермеген төлемдерді іздеңіз. Ондай төлемді тоқтатуды Банктен дереу сұраңыз.</translation>
    </message>
    <message>
        <source>Tell your company&apos;s management and accountant. If money was taken, report it to the police with everything you have: phone numbers, links, screenshots, letters.</source>
        <translation>Компанияңыздың басшылығы мен бухгалтеріне хабарлаңыз. Егер ақша ұрланса, бар деректердің бәрімен полицияға арыз беріңіз: телефон нөмірлері, сілтемелер, скриншоттар, хаттар.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type the amount, e.g. 1 500,00.</source>
        <translation>Соманы енгізіңіз, мысалы, 1 500,00.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сома нөлден көп болуы тиіс.</translation>
    </message>
    <message>
        <source>Use one decimal separator (a comma or a point) and spaces between thousands, e.g. 1 500 000,50.</source>
        <translation>Бір ғана ондық бөлгішті (үтір немесе нүкте) пайдаланыңыз, ал мыңдықтарды бос орынмен бөліңіз, мысалы, 1 500 000,50.</translation>
    </message>
    <message>
        <source>Separate thousands with spaces in groups of three digits, e.g. 1 500 000,50.</source>
        <translation>Мыңдықтарды үш цифрдан топтап, бос орынмен бөліңіз, мысалы, 1 500 000,50.</translation>
    </message>
    <message>
        <source>The amount may hold only digits, spaces between thousands and one decimal comma or point.</source>
        <translation>Сомада тек цифрлар, мыңдықтар арасындағы бос орындар және бір ондық үтір немесе нүкте болуы мүмкін.</translation>
    </message>
    <message>
        <source>At most two digits after the decimal point; to separate thousands use spaces.</source>
        <translation>Ондық бөлгіштен кейін екі цифрдан артық болмауы тиіс; мыңдықтарды бос орынмен бөліңіз.</translation>
    </message>
    <message>
        <source>The amount is too large: at most {digits} digits before the decimal point.</source>
        <translation>Сома тым үлкен: ондық бөлгішке дейін ең көбі {digits} цифр болуы мүмкін.</translation>
    </message>
    <message>
        <source>The amount is more than the available balance of {available}.</source>
        <translation>Сома қолжетімді қалдықтан ({available}) көп.</translation>
    </message>
    <message>
        <source>BIC {bic} is no longer used: {bank} became {successor} in {year}, BIC {new_bic}. Type BIC {new_bic}.</source>
        <translation>{bic} БСК енді қолданылмайды: {bank} {year} жылы {successor} болды, БСК {new_bic}. {new_bic} БСК-ін енгізіңіз.</translation>
    </message>
    <message>
        <source>BIC {bic} is no longer used: {bank} joined {successor} in {year}. Ask the beneficiary for their current account and BIC.</source>
        <translation>{bic} БСК енді қолданылмайды: {bank} {year} жылы {successor} құрамына қосылды. Алушыдан қазіргі шоты мен БСК-ін сұраңыз.</translation>
    </message>
    <message>
        <source>BIC {bic} is no longer used: {bank} lost its banking licence in {year}. Ask the beneficiary for an account at another bank.</source>
        <translation>{bic} БСК енді қолданылмайды: {bank} {year} жылы банк лицензиясынан айырылды. Алушыдан басқа банктегі шотын сұраңыз.</translation>
    </message>
    <message>
        <source>Type the bank&apos;s BIC: 8 Latin letters and digits.</source>
        <translation>Банктің БСК-сын енгізіңіз: 8 латын әрпі мен цифр.</translation>
    </message>
    <message>
        <source>A BIC has 8 Latin letters and digits; you typed {count}.</source>
        <translation>БСК 8 латын әрпі мен цифрдан тұрады; сіз {count} таңба тердіңіз.</translation>
    </message>
    <message>
        <source>BIC {bic} is not in the register of Kazakh banks.</source>
        <translation>БСК {bic} Қазақстан банктерінің анықтамалығында жоқ.</translation>
    </message>
    <message>
        <source>BIC {bic} belongs to {bank}, but the IIK has bank code {code} (characters 5 to 7).</source>
        <translation>БСК {bic} — {bank}, бірақ ЖСК-дағы банк коды — {code} (5–7-таңбалар).</translation>
    </message>
    <message>
        <source>BIC {bic} belongs to {bank}, but the IIK is at another bank ({iban_bank}).</source>
        <translation>БСК {bic} — {bank}, бірақ ЖСК басқа банкте ашылған ({iban_bank}).</translation>
    </message>
    <message>
        <source>Type the KNP, the 3-digit payment purpose code.</source>
        <translation>ТМК-ны енгізіңіз: төлем мақсатының үш цифрлы коды.</translation>
    </message>
    <message>
        <source>The KNP must have 3 digits; you typed &quot;{value}&quot;.</source>
        <translation>ТМК 3 цифрдан тұруы тиіс; сіз «{value}» енгіздіңіз.</translation>
    </message>
    <message>
        <source>Type the KBe: 2 digits, residency (1 or 2) and sector of the economy (1 to 9).</source>
        <translation>Кбе-ні енгізіңіз: 2 цифр — резиденттік белгісі (1 немесе 2) және экономика секторы (1-ден 9-ға дейін).</translation>
    </message>
    <message>
        <source>The KBe must have 2 digits: residency (1 or 2) and sector of the economy (1 to 9); you typed &quot;{value}&quot;.</source>
        <translation>Кбе 2 цифрдан тұруы тиіс: резиденттік белгісі (1 немесе 2) және экономика секторы (1-ден 9-ға дейін); сіз «{value}» енгіздіңіз.</translation>
    </message>
    <message>
        <source>The first digit of the KBe is residency: 1 for a resident, 2 for a non-resident; you typed {digit}.</source>
        <translation>Кбе-нің бірінші цифры — резиденттік белгісі: 1 — резидент, 2 — резидент емес; сіз {digit} енгіздіңіз.</translation>
    </message>
    <message>
        <source>The second digit of the KBe is the sector of the economy, 1 to 9; 0 is not a sector.</source>
        <translation>Кбе-нің екінші цифры — экономика секторы, 1-ден 9-ға дейін; 0 деген сектор жоқ.</translation>
    </message>
    <message>
        <source>Type the KOd: 2 digits, residency (1 or 2) and sector of the economy (1 to 9).</source>
        <translation>КОд-ты енгізіңіз: 2 цифр — резиденттік белгісі (1 немесе 2) және экономика секторы (1-ден 9-ға дейін).</translation>
    </message>
    <message>
        <source>The KOd must have 2 digits: residency (1 or 2) and sector of the economy (1 to 9); you typed &quot;{value}&quot;.</source>
        <translation>КОд 2 цифрдан тұруы тиіс: резиденттік белгісі (1 немесе 2) және экономика секторы (1-ден 9-ға дейін); сіз «{value}» енгіздіңіз.</translation>
    </message>
    <message>
        <source>The first digit of the KOd is residency: 1 for a resident, 2 for a non-resident; you typed {digit}.</source>
        <translation>КОд-тың бірінші цифры — резиденттік белгісі: 1 — резидент, 2 — резидент емес; сіз {digit} енгіздіңіз.</translation>
    </message>
    <message>
        <source>The second digit of the KOd is the sector of the economy, 1 to 9; 0 is not a sector.</source>
        <translation>КОд-тың екінші цифры — экономика секторы, 1-ден 9-ға дейін; 0 деген сектор жоқ.</translation>
    </message>
    <message>
        <source>Type the IIK: KZ and 18 more characters.</source>
        <translation>ЖСК-ны енгізіңіз: KZ және тағы 18 таңба.</translation>
    </message>
    <message>
        <source>The IIK must start with KZ and have 20 characters; you typed {count}.</source>
        <translation>ЖСК KZ әріптерінен басталып, 20 таңбадан тұруы тиіс; сіз {count} таңба енгіздіңіз.</translation>
    </message>
    <message>
        <source>The IIK may hold only Latin letters and digits.</source>
        <translation>ЖСК-да тек латын әріптері мен цифрлар болуы мүмкін.</translation>
    </message>
    <message>
        <source>Characters 3 to 7 of the IIK (check digits and bank code) must be digits.</source>
        <translation>ЖСК-ның 3–7-таңбалары (бақылау цифрлары және банк коды) цифрлар болуы тиіс.</translation>
    </message>
    <message>
        <source>The IIK&apos;s checksum is wrong: a character is mistyped.</source>
        <translation>ЖСК-ның бақылау сомасы дұрыс емес: бір таңба қате терілген.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against your company&apos;s documents.</source>
        <translation>Бұл ЖСН/БСН-нің бақылау цифры сәйкес келмейді: нөмірді компанияңыздың құжаттарымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against the actual payer&apos;s documents.</source>
        <translation>Бұл ЖСН/БСН-нің бақылау цифры сәйкес келмейді: нөмірді нақты төлеушінің құжаттарымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against the actual beneficiary&apos;s documents.</source>
        <translation>Бұл ЖСН/БСН-нің бақылау цифры сәйкес келмейді: нөмірді нақты алушының құжаттарымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>Type the IIN/BIN: 12 digits.</source>
        <translation>ЖСН/БСН-ді енгізіңіз: 12 цифр.</translation>
    </message>
    <message>
        <source>The IIN/BIN may hold digits only, without spaces, letters or other signs.</source>
        <translation>ЖСН/БСН тек цифрлардан тұруы тиіс: бос орынсыз, әріпсіз және басқа белгілерсіз.</translation>
    </message>
    <message>
        <source>The IIN/BIN has 11 digits: a spreadsheet may have dropped its first zero. If it is {with_zero}, type it so (in Excel, make the column Text before copying).</source>
        <translation>ЖСН/БСН-да 11 цифр бар: электрондық кесте бастағы нөлді түсіріп тастаған болуы мүмкін. Егер ол {with_zero} болса, солай енгізіңіз (Excel-де көшірмес бұрын бағанды «Мәтіндік» пішімге ауыстырыңыз).</translation>
    </message>
    <message>
        <source>The IIN/BIN must have 12 digits; you typed {count}.</source>
        <translation>ЖСН/БСН 12 цифрдан тұруы тиіс; сіз {count} таңба енгіздіңіз.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against the beneficiary&apos;s documents.</source>
        <translation>Бұл ЖСН/БСН-нің бақылау цифры сәйкес келмейді: нөмірді алушының құжаттарымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>Type the document number.</source>
        <translation>Құжаттың нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>The document number may have at most {limit} characters; it has {count}.</source>
        <translation>Құжат нөмірі ең көбі {limit} таңбадан тұруы мүмкін; қазір онда {count} таңба.</translation>
    </message>
    <message>
        <source>Type the beneficiary&apos;s name.</source>
        <translation>Алушының атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>The name may have at most {limit} characters (the interbank limit); it has {count}. Shorten it, e.g. write LLP for limited liability partnership.</source>
        <translation>Атауы ең көбі {limit} таңбадан тұруы мүмкін (банкаралық шектеу); қазір онда {count} таңба. Оны қысқартыңыз, мысалы, «жауапкершілігі шектеулі серіктестік» орнына ЖШС деп жазыңыз.</translation>
    </message>
    <message>
        <source>Type the purpose of payment: what is paid for, with the contract or invoice number.</source>
        <translation>Төлем мақсатын енгізіңіз: не үшін төленетінін, шарттың немесе төлем шотының нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The purpose of payment may have at most {limit} characters; it has {count}.</source>
        <translation>Төлем мақсаты ең көбі {limit} таңбадан тұруы мүмкін; қазір онда {count} таңба.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s date.</source>
        <translation>Құжаттың күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>The document&apos;s date {date} is too old: the bank takes documents dated {earliest} or later. Set today&apos;s date.</source>
        <translation>Құжаттың күні {date} тым ескі: банк {earliest} немесе одан кейінгі күнмен жасалған құжаттарды қабылдайды. Бүгінгі күнді қойыңыз.</translation>
    </message>
    <message>
        <source>Choose the value date.</source>
        <translation>Валюталау күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>The value date {date} is in the past; choose today or a later day.</source>
        <translation>Валюталау күні ({date}) өтіп кеткен; бүгінгі немесе одан кейінгі күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>The value date {date} is before the document&apos;s date {document_date}.</source>
        <translation>Валюталау күні ({date}) құжат күнінен ({document_date}) ерте.</translation>
    </message>
    <message>
        <source>The value date {date} is too far ahead: the bank takes value dates up to {latest}.</source>
        <translation>Валюталау күні {date} тым алыс: банк валюталау күнін {latest} дейін қабылдайды.</translation>
    </message>
    <message>
        <source>The payer&apos;s IIK {iban} is not the chosen account {account}.</source>
        <translation>Төлеушінің ЖСК-сы ({iban}) таңдалған шотпен ({account}) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>A payment in foreign currency is paid from a foreign-currency account; choose your USD or EUR account.</source>
        <translation>Шетел валютасындағы төлем валюталық шоттан төленеді; USD немесе EUR шотыңызды таңдаңыз.</translation>
    </message>
    <message>
        <source>Account {iban} is in {currency}; the order&apos;s currency is {order_currency}. Choose the account again.</source>
        <translation>{iban} шоты {currency} валютасында; тапсырманың валютасы — {order_currency}. Шотты қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>Account {iban} is in {currency}; a tenge payment order is paid from a tenge (KZT) account.</source>
        <translation>{iban} шотының валютасы — {currency}; теңгедегі төлем тапсырмасы теңгелік (KZT) шоттан төленеді.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s IIK is the payer&apos;s own account; choose another account.</source>
        <translation>Алушының ЖСК-сы — төлеушінің өз шоты; басқа шотты таңдаңыз.</translation>
    </message>
    <message>
        <source>KNP {knp} is a payment to the budget and needs a KBK: make it a payment to the budget and type the KBK from the tax notice.</source>
        <translation>{knp} ТМК — бюджетке төлем, оған БСК (бюджеттік сыныптама коды) керек: құжатты бюджетке төлем ретінде жасап, салық хабарламасындағы кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s bank is the Treasury ({bic}): money to it is a payment to the budget and needs a KBK. Make it a payment to the budget.</source>
        <translation>Алушының банкі — Қазынашылық ({bic}): оған ақша бюджетке төлем болып саналады және бюджеттік сыныптама коды керек. Құжатты бюджетке төлем ретінде жасаңыз.</translation>
    </message>
    <message>
        <source>Type the KBK, the 6-digit budget classification code of the tax or payment.</source>
        <translation>Бюджеттік сыныптама кодын — салықтың немесе төлемнің 6 таңбалы кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>The KBK must have 6 digits; you typed &quot;{value}&quot;.</source>
        <translation>Бюджеттік сыныптама коды 6 цифрадан тұруы керек; сіз «{value}» енгіздіңіз.</translation>
    </message>
    <message>
        <source>KBK {kbk} is not in the KBK directory; check the code on the tax notice, or refresh the directories from the bank.</source>
        <translation>{kbk} бюджеттік сыныптама коды анықтамалықта жоқ; кодты салық хабарламасы бойынша тексеріңіз немесе анықтамалықтарды банктен жаңартыңыз.</translation>
    </message>
    <message>
        <source>KNP {knp} does not usually go with KBK {kbk}: by the directory this KBK is paid with KNP {allowed}. Check the code on the tax notice; you can still sign.</source>
        <translation>ТМК {knp} әдетте {kbk} бюджеттік сыныптама кодымен төленбейді: анықтамалық бойынша бұл код ТМК {allowed} кодымен төленеді. Салық хабарламасындағы кодты тексеріңіз; қол қоюға болады.</translation>
    </message>
    <message>
        <source>KBK {kbk} is not in the client&apos;s KBK directory, which is not complete. Check the code on the tax notice; you can still sign.</source>
        <translation>{kbk} бюджеттік сыныптама коды клиенттің толық емес анықтамалығында жоқ. Салық хабарламасындағы кодты тексеріңіз; қол қоюға болады.</translation>
    </message>
    <message>
        <source>BIN {bin} is not among the tax authorities of the client&apos;s directory, which is not complete. Check the BIN on the tax notice; you can still sign.</source>
        <translation>БСН {bin} клиенттің толық емес анықтамалығындағы салық органдарының арасында жоқ. Салық хабарламасындағы БСН-ді тексеріңіз; қол қоюға болады.</translation>
    </message>
    <message>
        <source>BIN {bin} is not a tax authority of the budget recipients directory; a budget payment goes to the state revenue department named on the tax notice.</source>
        <translation>{bin} БСН бюджет алушылар анықтамалығындағы салық органы емес; бюджетке төлем салық хабарламасында аталған мемлекеттік кірістер басқармасына жіберіледі.</translation>
    </message>
    <message>
        <source>The funds directory has no {fund} fund; refresh the directories from the bank.</source>
        <translation>Қорлар анықтамалығында {fund} қоры жоқ; анықтамалықтарды банктен жаңартыңыз.</translation>
    </message>
    <message>
        <source>Contributions go to the fund&apos;s details from the funds directory: {expected} here, not &quot;{value}&quot;.</source>
        <translation>Жарналар қорлар анықтамалығындағы қордың деректемелеріне жіберіледі: мұнда «{value}» емес, {expected} болуы керек.</translation>
    </message>
    <message>
        <source>KNP {knp} is not a code for these contributions; use {allowed}.</source>
        <translation>{knp} ТМК бұл жарналардың коды емес; {allowed} пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Type it as in the employee&apos;s identity document.</source>
        <translation>Қызметкердің жеке куәлігіндегідей енгізіңіз.</translation>
    </message>
    <message>
        <source>At most {limit} characters (the interbank limit); it has {count}.</source>
        <translation>Ең көбі {limit} таңба (банкаралық шек); мұнда {count}.</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD, e.g. 1985-04-17.</source>
        <translation>Туған күнін ЖЖЖЖ-АА-КК түрінде енгізіңіз, мысалы 1985-04-17.</translation>
    </message>
    <message>
        <source>The birth date {date} is not the one in the IIN ({iin_date}); check both against the identity document.</source>
        <translation>{date} туған күні ЖСН-дағы күнге ({iin_date}) сәйкес келмейді; екеуін де жеке куәлік бойынша тексеріңіз.</translation>
    </message>
    <message>
        <source>Type the period as YYYY-MM, e.g. 2026-10 for October 2026.</source>
        <translation>Кезеңді ЖЖЖЖ-АА түрінде енгізіңіз, мысалы 2026 жылғы қазан үшін 2026-10.</translation>
    </message>
    <message>
        <source>The period {period} is before 1998; no contributions are paid for it.</source>
        <translation>{period} кезеңі 1998 жылдан бұрын; ол үшін жарналар төленбейді.</translation>
    </message>
    <message>
        <source>The period {period} is after the document&apos;s month; contributions are paid for a month that has begun.</source>
        <translation>{period} кезеңі құжат айынан кейін; жарналар басталған ай үшін төленеді.</translation>
    </message>
    <message>
        <source>Missing: the line must give it.</source>
        <translation>Жоқ: жолда ол болуы керек.</translation>
    </message>
    <message>
        <source>The check digit of this IIN does not match: check it against the employee&apos;s identity document.</source>
        <translation>Бұл ЖСН-ның бақылау цифры сәйкес емес: оны қызметкердің жеке куәлігі бойынша тексеріңіз.</translation>
    </message>
    <message>
        <source>Add the employees to the registry: at least one line.</source>
        <translation>Тізілімге қызметкерлерді қосыңыз: кемінде бір жол.</translation>
    </message>
    <message>
        <source>This IIN is already on line {line} for the same period; put one line per employee and period.</source>
        <translation>Бұл ЖСН сол кезең үшін {line}-жолда бар; әр қызметкер мен кезеңге бір жол жазыңыз.</translation>
    </message>
    <message>
        <source>The registry&apos;s lines add up to {total}, but the order&apos;s amount is {amount}; make them equal.</source>
        <translation>Тізілім жолдарының сомасы {total}, ал тапсырма сомасы {amount}; оларды теңестіріңіз.</translation>
    </message>
    <message>
        <source>Choose whether you buy or sell foreign currency.</source>
        <translation>Шетел валютасын сатып аласыз ба, әлде сатасыз ба — таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the account the bank credits.</source>
        <translation>Банк қаражат аударатын шотты таңдаңыз.</translation>
    </message>
    <message>
        <source>The credit account is the debit account; choose an account in the other currency.</source>
        <translation>Есепке алу шоты есептен шығару шотымен бірдей; басқа валютадағы шотты таңдаңыз.</translation>
    </message>
    <message>
        <source>To buy, debit a tenge account and credit a foreign-currency one; to sell, the reverse. The accounts chosen are in {debit} and {credit}.</source>
        <translation>Сатып алу үшін теңге шотынан шығарып, валюталық шотқа есепке алыңыз; сату үшін — керісінше. Таңдалған шоттар: {debit} және {credit}.</translation>
    </message>
    <message>
        <source>Type the amount to debit or the amount to credit.</source>
        <translation>Шоттан алынатын немесе шотқа түсетін соманы теріңіз.</translation>
    </message>
    <message>
        <source>Say what the currency is bought for (currency control requires it), e.g. payment under contract No. 12 of 01.03.2026 for equipment.</source>
        <translation>Валюта не үшін сатып алынатынын жазыңыз (валюталық бақылау талап етеді), мысалы, 01.03.2026 ж. № 12 келісімшарт бойынша жабдыққа төлем.</translation>
    </message>
    <message>
        <source>beneficiary&apos;s name</source>
        <translation>алушының атауы</translation>
    </message>
    <message>
        <source>beneficiary&apos;s address</source>
        <translation>алушының мекенжайы</translation>
    </message>
    <message>
        <source>purpose of payment</source>
        <translation>төлемнің мақсаты</translation>
    </message>
    <message>
        <source>Type the {field} in Latin letters.</source>
        <translation>Латын әріптерімен теріңіз: {field}.</translation>
    </message>
    <message>
        <source>The {field} goes abroad in a SWIFT message, which carries only Latin letters, digits and / - ? : ( ) . , &apos; +; it has &quot;{characters}&quot;. Write it in Latin letters, e.g. as in the contract.</source>
        <translation>Шетелге SWIFT хабарламасымен кететін мәтінде тек латын әріптері, цифрлар және / - ? : ( ) . , &apos; + болады, ал «{field}» ішінде «{characters}» бар. Латын әріптерімен жазыңыз, мысалы, келісімшарттағыдай.</translation>
    </message>
    <message>
        <source>The {field} may have at most {limit} characters in a SWIFT message; it has {count}.</source>
        <translation>SWIFT хабарламасында «{field}» ең көбі {limit} таңба болады; мұнда {count}.</translation>
    </message>
    <message>
        <source>Type the beneficiary&apos;s country as a 2-letter code, e.g. DE for Germany.</source>
        <translation>Алушының елін 2 әріпті кодпен теріңіз, мысалы, Германия үшін DE.</translation>
    </message>
    <message>
        <source>Type the name, or clear the IIN/BIN and the country to leave this party out.</source>
        <translation>Атауын енгізіңіз немесе бұл тұлғаны көрсетпеу үшін ЖСН/БСН мен елді өшіріңіз.</translation>
    </message>
    <message>
        <source>The name may have at most {limit} characters (the interbank limit); it has {count}.</source>
        <translation>Атауы ең көбі {limit} таңбадан тұруы мүмкін (банкаралық шек); онда {count} таңба бар.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a 2-letter country code (ISO 3166), e.g. DE, CN, US.</source>
        <translation>«{value}» — 2 әріпті ел коды емес (ISO 3166), мысалы, DE, CN, US.</translation>
    </message>
    <message>
        <source>Type the IIN/BIN: a resident of Kazakhstan always has one. For a non-resident, type the country instead.</source>
        <translation>ЖСН/БСН енгізіңіз: Қазақстан резидентінде ол әрқашан болады. Резидент емес үшін оның орнына елді енгізіңіз.</translation>
    </message>
    <message>
        <source>A payment in foreign currency here goes abroad; for a beneficiary in Kazakhstan make a payment order.</source>
        <translation>Мұндағы шетел валютасындағы төлем шетелге жіберіледі; Қазақстандағы алушыға төлем тапсырмасын жасаңыз.</translation>
    </message>
    <message>
        <source>Type the beneficiary&apos;s account number (the IBAN in IBAN countries).</source>
        <translation>Алушының шот нөмірін теріңіз (IBAN елдерінде — IBAN).</translation>
    </message>
    <message>
        <source>{country} uses IBAN, and &quot;{value}&quot; is not a valid IBAN: check its letters, digits and check digits against the invoice.</source>
        <translation>{country} елінде IBAN қолданылады, ал «{value}» — жарамды IBAN емес: әріптерін, цифрларын және бақылау цифрларын шот-фактурамен салыстырыңыз.</translation>
    </message>
    <message>
        <source>This IBAN is of {iban_country}, but the beneficiary&apos;s country is {country}.</source>
        <translation>Бұл IBAN — {iban_country} елінікі, ал алушының елі — {country}.</translation>
    </message>
    <message>
        <source>Type the account number as the invoice gives it: Latin letters and digits, at most {limit}.</source>
        <translation>Шот нөмірін шот-фактурадағыдай теріңіз: латын әріптері мен цифрлар, ең көбі {limit}.</translation>
    </message>
    <message>
        <source>Type the bank&apos;s SWIFT BIC, 8 or 11 characters, e.g. DEUTDEFF.</source>
        <translation>Банктің SWIFT БСК-сын теріңіз, 8 немесе 11 таңба, мысалы, DEUTDEFF.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a SWIFT BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (place), optionally 3 for the branch.</source>
        <translation>«{value}» — SWIFT БСК емес: 4 әріп (банк), 2 әріп (ел), 2 әріп немесе цифр (орын), қажет болса филиалға 3 таңба.</translation>
    </message>
    <message>
        <source>BIC {bic} is of a bank in {bic_country}, but the beneficiary&apos;s country is {country}.</source>
        <translation>{bic} БСК — {bic_country} еліндегі банктікі, ал алушының елі — {country}.</translation>
    </message>
    <message>
        <source>Choose who pays the charges: OUR (you), SHA (shared) or BEN (the beneficiary).</source>
        <translation>Комиссияларды кім төлейтінін таңдаңыз: OUR (сіз), SHA (бөлісіп) немесе BEN (алушы).</translation>
    </message>
    <message>
        <source>The contract&apos;s registration number has Latin letters, digits and / - . only, at most {limit} characters.</source>
        <translation>Келісімшарттың есептік нөмірінде тек латын әріптері, цифрлар және / - . болады, ең көбі {limit} таңба.</translation>
    </message>
    <message>
        <source>Above the equivalent of USD {threshold} a payment abroad names the currency contract&apos;s registration number (currency control); type it as the contract&apos;s registration gives it.</source>
        <translation>{threshold} АҚШ долларына баламадан асатын шетелге төлемде валюталық келісімшарттың есептік нөмірі көрсетіледі (валюталық бақылау); оны тіркеу құжатындағыдай теріңіз.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Mistakes in the payment order: {count}. Correct the marked fields before signing.</source>
        <translation>Төлем тапсырмасындағы қателер: {count}. Қол қоймас бұрын белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <source>Document {number} is not signed yet; sign it before sending.</source>
        <translation>№ {number} құжатқа әлі қол қойылмаған; жібермес бұрын оған қол қойыңыз.</translation>
    </message>
</context>
</TS>
