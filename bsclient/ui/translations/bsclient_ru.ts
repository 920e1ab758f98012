<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Access</name>
    <message>
        <source>The login or password is wrong. Tries left before the user is blocked: {tries}. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверный логин или пароль. Осталось попыток до блокировки пользователя: {tries}. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>The bank has blocked this user until it unblocks it. Call the bank on its official number to unblock it.</source>
        <translation>Банк заблокировал этого пользователя до разблокировки банком. Чтобы разблокировать, позвоните в банк по официальному номеру.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the user is blocked until {until}. Try again then, or call the bank to unblock it sooner.</source>
        <translation>Слишком много неверных паролей: пользователь заблокирован до {until}. Повторите попытку тогда или позвоните в банк, чтобы разблокировать раньше.</translation>
    </message>
    <message>
        <source>Signed in with the password</source>
        <translation>Вход по паролю</translation>
    </message>
    <message>
        <source>Signed in with the key carrier</source>
        <translation>Вход с ключевым носителем</translation>
    </message>
    <message>
        <source>Signed in with a one-time code</source>
        <translation>Вход по одноразовому коду</translation>
    </message>
    <message>
        <source>Asked for a new one-time code to sign in</source>
        <translation>Запрошен новый одноразовый код для входа</translation>
    </message>
    <message>
        <source>The key carrier was asked to prove the sign-in</source>
        <translation>Ключевой носитель подтверждал вход</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Unlocked the client after the idle lock</source>
        <translation>Клиент разблокирован после бездействия</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Blocked your own access</source>
        <translation>Вы заблокировали свой доступ</translation>
    </message>
    <message>
        <source>The bank registered you as a user</source>
        <translation>Банк зарегистрировал вас как пользователя</translation>
    </message>
    <message>
        <source>The bank blocked your access</source>
        <translation>Банк заблокировал ваш доступ</translation>
    </message>
    <message>
        <source>The bank unblocked your access</source>
        <translation>Банк разблокировал ваш доступ</translation>
    </message>
    <message>
        <source>The bank gave you a new password</source>
        <translation>Банк выдал вам новый пароль</translation>
    </message>
    <message>
        <source>The bank sent a one-time code to confirm a payment</source>
        <translation>Банк отправил одноразовый код для подтверждения платежа</translation>
    </message>
    <message>
        <source>Sent a signed document to the bank</source>
        <translation>Подписанный документ отправлен в банк</translation>
    </message>
    <message>
        <source>Sent several signed documents to the bank</source>
        <translation>Несколько подписанных документов отправлены в банк</translation>
    </message>
    <message>
        <source>Added your signature to a document</source>
        <translation>Вы добавили свою подпись к документу</translation>
    </message>
    <message>
        <source>Asked the bank to recall a document</source>
        <translation>Запрошен отзыв документа</translation>
    </message>
    <message>
        <source>Sent a letter to the bank</source>
        <translation>Письмо отправлено в банк</translation>
    </message>
    <message>
        <source>Read a letter from the bank</source>
        <translation>Прочитано письмо банка</translation>
    </message>
    <message>
        <source>Asked the bank for a key certificate</source>
        <translation>Запрошен сертификат ключа</translation>
    </message>
    <message>
        <source>Revoked your key certificate: the key was compromised</source>
        <translation>Сертификат ключа отозван: ключ скомпрометирован</translation>
    </message>
    <message>
        <source>Asked for a new key certificate after a compromise</source>
        <translation>Запрошен новый сертификат ключа после компрометации</translation>
    </message>
    <message>
        <source>Looked at the accounts and balances</source>
        <translation>Просмотр счетов и остатков</translation>
    </message>
    <message>
        <source>Received an account statement</source>
        <translation>Получена выписка по счёту</translation>
    </message>
    <message>
        <source>Looked at the documents awaiting signature</source>
        <translation>Просмотр документов, ожидающих подписи</translation>
    </message>
    <message>
        <source>Asked about a key certificate request</source>
        <translation>Запрос о состоянии заявки на сертификат ключа</translation>
    </message>
    <message>
        <source>Checked the directories for new versions</source>
        <translation>Проверка новых версий справочников</translation>
    </message>
    <message>
        <source>Received a directory</source>
        <translation>Получен справочник</translation>
    </message>
    <message>
        <source>Asked for the documents&apos; statuses</source>
        <translation>Запрос статусов документов</translation>
    </message>
    <message>
        <source>Opened a document kept at the bank</source>
        <translation>Открыт документ, хранящийся в банке</translation>
    </message>
    <message>
        <source>Looked at a document&apos;s signatures</source>
        <translation>Просмотр подписей документа</translation>
    </message>
    <message>
        <source>Opened this journal</source>
        <translation>Открыт этот журнал</translation>
    </message>
    <message>
        <source>Looked at the list of letters</source>
        <translation>Просмотр списка писем</translation>
    </message>
    <message>
        <source>Asked how large a letter may be</source>
        <translation>Запрос допустимого размера письма</translation>
    </message>
    <message>
        <source>Checked for new letters</source>
        <translation>Проверка новых писем</translation>
    </message>
    <message>
        <source>Opened a letter</source>
        <translation>Открыто письмо</translation>
    </message>
    <message>
        <source>Saved a letter&apos;s attachment</source>
        <translation>Сохранено вложение письма</translation>
    </message>
    <message>
        <source>Read the bank&apos;s password rules</source>
        <translation>Получены правила банка для паролей</translation>
    </message>
    <message>
        <source>Looked at the exchange rates</source>
        <translation>Просмотр курсов валют</translation>
    </message>
    <message>
        <source>Checked the session</source>
        <translation>Проверка сеанса</translation>
    </message>
    <message>
        <source>Read data from the bank</source>
        <translation>Получение данных из банка</translation>
    </message>
    <message>
        <source>Another request to the bank</source>
        <translation>Другой запрос в банк</translation>
    </message>
    <message>
        <source>Refused: wrong login or password</source>
        <translation>Отказ: неверный логин или пароль</translation>
    </message>
    <message>
        <source>Refused: the current password was wrong</source>
        <translation>Отказ: неверный текущий пароль</translation>
    </message>
    <message>
        <source>Refused: access blocked</source>
        <translation>Отказ: доступ заблокирован</translation>
    </message>
    <message>
        <source>Refused: wrong one-time code</source>
        <translation>Отказ: неверный одноразовый код</translation>
    </message>
    <message>
        <source>Refused: the one-time code no longer holds</source>
        <translation>Отказ: одноразовый код больше не действует</translation>
    </message>
    <message>
        <source>Refused: the key&apos;s certificate is not this bank&apos;s</source>
        <translation>Отказ: сертификат ключа выдан не этим банком</translation>
    </message>
    <message>
        <source>Refused: the bank does not know the certificate</source>
        <translation>Отказ: банку неизвестен этот сертификат</translation>
    </message>
    <message>
        <source>Refused: the key carrier is not yours</source>
        <translation>Отказ: ключевой носитель не ваш</translation>
    </message>
    <message>
        <source>Refused: the session had ended</source>
        <translation>Отказ: сеанс уже завершился</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Отказ: нет права</translation>
    </message>
    <message>
        <source>Refused: not found at the bank</source>
        <translation>Отказ: не найдено в банке</translation>
    </message>
    <message>
        <source>Refused: it had changed meanwhile</source>
        <translation>Отказ: за это время данные изменились</translation>
    </message>
    <message>
        <source>Refused: the bank found mistakes</source>
        <translation>Отказ: банк нашёл ошибки</translation>
    </message>
    <message>
        <source>Refused: too many attempts</source>
        <translation>Отказ: слишком много попыток</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>The document was not sent: the bank asks for the one-time code to confirm it. Send it again when you have the code.</source>
        <translation>Документ не отправлен: банк запрашивает одноразовый код для подтверждения. Отправьте его снова, когда получите код.</translation>
    </message>
    <message>
        <source>The bank sent a login challenge that is not one: nothing was signed. This may be a fake server; call the bank.</source>
        <translation>Банк прислал вместо запроса на вход что-то другое: ничего не подписано. Возможно, это поддельный сервер; позвоните в банк.</translation>
    </message>
    <message>
        <source>This carrier&apos;s key is not the one the bank knows for you: it belongs to another user. Insert your own key carrier and try again.</source>
        <translation>Ключ на этом носителе не тот, который банк знает как ваш: он принадлежит другому пользователю. Вставьте свой ключевой носитель и попробуйте снова.</translation>
    </message>
    <message>
        <source>The certificate of the key on this carrier has been revoked, so it no longer opens your session. Insert a carrier with a valid key, or call the bank for a new certificate.</source>
        <translation>Сертификат ключа на этом носителе отозван, поэтому он больше не открывает ваш сеанс. Вставьте носитель с действующим ключом или позвоните в банк за новым сертификатом.</translation>
    </message>
    <message>
        <source>The key on this carrier has no certificate of this bank that is valid now. Insert the carrier the bank gave you, or call the bank.</source>
        <translation>У ключа на этом носителе нет действующего сейчас сертификата этого банка. Вставьте носитель, выданный банком, или позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank could not verify the carrier&apos;s signature of the login challenge. Try again; if this repeats, call the bank.</source>
        <translation>Банк не смог проверить подпись носителя под запросом на вход. Попробуйте снова; если это повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The login challenge expired before the carrier signed it. Try again: the bank sends a new one.</source>
        <translation>Срок запроса на вход истёк раньше, чем носитель его подписал. Попробуйте снова: банк пришлёт новый.</translation>
    </message>
    <message>
        <source>This login challenge was answered already and cannot be used again. Try again: the bank sends a new one.</source>
        <translation>На этот запрос на вход уже ответили, повторно его использовать нельзя. Попробуйте снова: банк пришлёт новый.</translation>
    </message>
    <message>
        <source>The bank did not give this login challenge to your session. Sign in again.</source>
        <translation>Банк не выдавал этот запрос на вход вашему сеансу. Войдите снова.</translation>
    </message>
    <message>
        <source>The bank no longer waits for the carrier&apos;s proof for this session. Sign in again.</source>
        <translation>Банк больше не ждёт подтверждения носителем для этого сеанса. Войдите снова.</translation>
    </message>
    <message>
        <source>The bank no longer waits for a login code for this session. Sign in again.</source>
        <translation>Банк больше не ждёт код входа для этого сеанса. Войдите снова.</translation>
    </message>
    <message>
        <source>The login is not finished: the bank waits for the key carrier&apos;s proof or the one-time code. Sign in again.</source>
        <translation>Вход не завершён: банк ждёт подтверждения ключевым носителем или одноразового кода. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>AccessActions</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>My &amp;journal…</source>
        <translation>Мой &amp;журнал…</translation>
    </message>
    <message>
        <source>&amp;Block my access now…</source>
        <translation>&amp;Заблокировать мой доступ сейчас…</translation>
    </message>
    <message>
        <source>The password was changed. Use the new one from the next sign-in.</source>
        <translation>Пароль изменён. Со следующего входа используйте новый.</translation>
    </message>
    <message>
        <source>Block my access</source>
        <translation>Заблокировать мой доступ</translation>
    </message>
    <message>
        <source>The bank will block your access at once and you will be signed out. Only the bank can unblock it: call it on its official number. Block your access now?</source>
        <translation>Банк сразу заблокирует ваш доступ, и вы выйдете из системы. Разблокировать его может только банк: позвоните в банк по официальному номеру. Заблокировать доступ сейчас?</translation>
    </message>
    <message>
        <source>Blocking your access at the bank…</source>
        <translation>Ваш доступ блокируется в банке…</translation>
    </message>
</context>
<context>
    <name>AccountTitle</name>
    <message>
        <source>Current account</source>
        <translation>Текущий счёт</translation>
    </message>
    <message>
        <source>Foreign currency account</source>
        <translation>Счёт в иностранной валюте</translation>
    </message>
    <message>
        <source>Salary account</source>
        <translation>Зарплатный счёт</translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bringing the documents back from the bank…</source>
        <translation>Документы возвращаются из банка…</translation>
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
        <translation>Документы, отправленные первым подписантом и ожидающие вашей второй подписи</translation>
    </message>
    <message>
        <source>Awaiting my si&amp;gnature ({count})</source>
        <translation>Ожидают моей &amp;подписи ({count})</translation>
    </message>
    <message>
        <source>Awaiting my si&amp;gnature</source>
        <translation>О&amp;жидают моей подписи</translation>
    </message>
</context>
<context>
    <name>AwaitingWindow</name>
    <message>
        <source>Documents awaiting your signature</source>
        <translation>Документы, ожидающие вашей подписи</translation>
    </message>
    <message>
        <source>These payment orders carry a first signature and await your second. Open one to check it, then sign it: the bank executes it after your signature.</source>
        <translation>Эти платёжные поручения несут первую подпись и ожидают вашей второй. Откройте поручение, чтобы проверить его, затем подпишите: банк исполнит его после вашей подписи.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>First signature</source>
        <translation>Первая подпись</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Время подписи</translation>
    </message>
    <message>
        <source>No document awaits your signature.</source>
        <translation>Нет документов, ожидающих вашей подписи.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Подписать и отправить</translation>
    </message>
    <message>
        <source>Place your second signature with the key carrier and send it to the bank</source>
        <translation>Поставьте вторую подпись ключевым носителем и отправьте её в банк</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Asking the bank for documents awaiting your signature…</source>
        <translation>Запрашиваем у банка документы, ожидающие вашей подписи…</translation>
    </message>
    <message>
        <source>Sign as second signer</source>
        <translation>Подписать второй подписью</translation>
    </message>
    <message>
        <source>Signing document {number} on the key carrier…</source>
        <translation>Документ {number} подписывается на ключевом носителе…</translation>
    </message>
    <message>
        <source>Sending the second signature of document {number} to the bank…</source>
        <translation>Вторая подпись документа {number} отправляется в банк…</translation>
    </message>
    <message>
        <source>Document {number} is signed and sent: {status}.</source>
        <translation>Документ {number} подписан и отправлен: {status}.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>No movements in this period: the balance stayed the same.</source>
        <translation>За этот период движений не было: остаток не изменился.</translation>
    </message>
    <message>
        <source>Balance from {start} to {end}: {opening} at the start, {closing} at the end</source>
        <translation>Остаток с {start} по {end}: {opening} в начале, {closing} в конце</translation>
    </message>
    <message>
        <source>Balance, {currency}</source>
        <translation>Остаток, {currency}</translation>
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
        <translation>Не удалось установить защищённое соединение с {url}: сервер не поддерживает TLS 1.2 или новее либо оборвал соединение. Ничего не отправлено; позвоните в банк.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the bank: its certificate is for another address. This may be a fake server; nothing was sent. Check the address and call the bank.</source>
        <translation>Сервер {url} не подтвердил, что он принадлежит банку: его сертификат выдан для другого адреса. Возможно, это поддельный сервер; ничего не отправлено. Проверьте адрес и позвоните в банк.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the bank: its certificate has expired. Nothing was sent; call the bank.</source>
        <translation>Сервер {url} не подтвердил, что он принадлежит банку: срок действия его сертификата истёк. Ничего не отправлено; позвоните в банк.</translation>
    </message>
    <message>
        <source>The server at {url} did not prove it is the bank: its certificate is not from the bank&apos;s CA. This may be a fake server; nothing was sent. Check the address and call the bank.</source>
        <translation>Сервер {url} не подтвердил, что он принадлежит банку: его сертификат выдан не удостоверяющим центром банка. Возможно, это поддельный сервер; ничего не отправлено. Проверьте адрес и позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Не удалось прочитать ответ банка. Повторите попытку; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank&apos;s address {url} does not start with https://. The client talks to the bank only over an encrypted connection; check the address in the settings.</source>
        <translation>Адрес банка {url} не начинается с https://. Клиент обменивается данными с банком только по зашифрованному соединению; проверьте адрес в настройках.</translation>
    </message>
    <message>
        <source>The bank&apos;s CA certificate {path} cannot be read. Without it the client cannot tell the bank from a fake server; set it up again from the bank&apos;s file.</source>
        <translation>Не удаётся прочитать сертификат УЦ банка {path}. Без него клиент не может отличить банк от поддельного сервера; установите его заново из файла, полученного от банка.</translation>
    </message>
    <message>
        <source>The bank at {url} did not answer within {seconds} seconds. Try again later: a document sent again is never paid twice.</source>
        <translation>Банк ({url}) не ответил в течение {seconds} с. Повторите попытку позже: повторно отправленный документ никогда не будет оплачен дважды.</translation>
    </message>
    <message>
        <source>Cannot reach the bank at {url}. Check the internet connection; if it works, the bank&apos;s server may be down: try again later.</source>
        <translation>Нет связи с банком ({url}). Проверьте подключение к интернету; если оно работает, возможно, сервер банка недоступен: повторите попытку позже.</translation>
    </message>
    <message>
        <source>The login or password is wrong. Check the keyboard layout and Caps Lock, then try again: after three wrong tries the user is blocked.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock и повторите попытку: после трёх неверных попыток пользователь блокируется.</translation>
    </message>
    <message>
        <source>The bank has blocked this user. After three wrong passwords, try again in 15 minutes; otherwise call the bank to unblock it.</source>
        <translation>Банк заблокировал этого пользователя. Если причина в трёх неверных паролях, повторите попытку через 15 минут; иначе позвоните в банк, чтобы разблокировать пользователя.</translation>
    </message>
    <message>
        <source>Your session with the bank has ended. Log in again; nothing you saved is lost.</source>
        <translation>Сеанс работы с банком завершён. Войдите снова; всё, что вы сохранили, на месте.</translation>
    </message>
    <message>
        <source>The amount is more than the available balance of {available}.</source>
        <translation>Сумма больше доступного остатка ({available}).</translation>
    </message>
    <message>
        <source>At the bank&apos;s rate of {rate} when it executed the order, the debit would be {amount}, more than the {available} available; nothing was exchanged or held. Make a new order for a smaller amount.</source>
        <translation>По курсу банка {rate} в момент исполнения списание составило бы {amount}, больше доступных {available}; ничего не обменяно и не заблокировано. Оформите новое поручение на меньшую сумму.</translation>
    </message>
    <message>
        <source>The bank does not quote {currency} now; try again later or ask the bank.</source>
        <translation>Банк сейчас не котирует {currency}; попробуйте позже или обратитесь в банк.</translation>
    </message>
    <message>
        <source>The document carries no signature. Sign it, then send it.</source>
        <translation>Документ не подписан. Подпишите его, затем отправьте.</translation>
    </message>
    <message>
        <source>The bank could not verify the signature: the document may have changed after signing. Sign it again; if this repeats, call the bank.</source>
        <translation>Банк не смог проверить подпись: возможно, документ изменился после подписания. Подпишите его заново; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank does not accept the certificate of your signing key: it was not issued by the bank or has expired. Request a new key certificate.</source>
        <translation>Банк не принимает сертификат вашего ключа ЭЦП: он выдан не банком или срок его действия истёк. Запросите новый сертификат ключа.</translation>
    </message>
    <message>
        <source>The certificate of your signing key has been revoked. Request a new key certificate from the bank.</source>
        <translation>Сертификат вашего ключа ЭЦП отозван. Запросите в банке новый сертификат ключа.</translation>
    </message>
    <message>
        <source>The signer has no right to sign this company&apos;s payments. Ask the bank which signature rights each user has.</source>
        <translation>У подписанта нет права подписи платежей этой компании. Уточните в банке, какие права подписи есть у каждого пользователя.</translation>
    </message>
    <message>
        <source>The payer&apos;s IIK is not an account of your company at this bank. Choose one of the company&apos;s accounts.</source>
        <translation>ИИК плательщика не является счётом вашей компании в этом банке. Выберите один из счетов компании.</translation>
    </message>
    <message>
        <source>The currency of the document is not the currency of the payer&apos;s account.</source>
        <translation>Валюта документа не совпадает с валютой счёта плательщика.</translation>
    </message>
    <message>
        <source>The bank refused the field {field}: {problem}</source>
        <translation>Банк не принял поле {field}: {problem}</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s IIK is at this bank, but there is no such account. Check it against the beneficiary&apos;s documents.</source>
        <translation>ИИК получателя относится к этому банку, но такого счёта нет. Сверьте его с документами получателя.</translation>
    </message>
    <message>
        <source>The bank already holds a different document under this document&apos;s identifier; nothing was paid. Copy the document and send the copy.</source>
        <translation>В банке уже есть другой документ с тем же идентификатором; ничего не оплачено. Скопируйте документ и отправьте копию.</translation>
    </message>
    <message>
        <source>The bank could not read the document; nothing was paid. If this repeats, call the bank.</source>
        <translation>Банк не смог прочитать документ; ничего не оплачено. Если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The company has no account {iban} at this bank. Choose one of the company&apos;s accounts.</source>
        <translation>У компании нет счёта {iban} в этом банке. Выберите один из счетов компании.</translation>
    </message>
    <message>
        <source>The bank gives statements for periods of at most three years whose first day is not after the last. Choose another period.</source>
        <translation>Банк выдаёт выписки за период не длиннее трёх лет, первый день которого не позже последнего. Выберите другой период.</translation>
    </message>
    <message>
        <source>The attachment {name} is larger than the bank accepts ({limit} bytes). Remove it or attach a smaller file.</source>
        <translation>Вложение {name} больше, чем принимает банк ({limit} байт). Удалите его или приложите файл поменьше.</translation>
    </message>
    <message>
        <source>The attachments together are larger than the bank accepts ({limit} bytes). Send some of them in another letter.</source>
        <translation>Вложения вместе больше, чем принимает банк ({limit} байт). Отправьте часть из них другим письмом.</translation>
    </message>
    <message>
        <source>The bank could not read the letter; it was not sent. If this repeats, call the bank.</source>
        <translation>Банк не смог прочитать письмо; оно не отправлено. Если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank has no document of your company with this identifier: it may never have arrived. Refresh the list; if the document shows Sent, send it again or call the bank.</source>
        <translation>В банке нет документа вашей компании с этим идентификатором: возможно, он не дошёл. Обновите список; если документ в статусе «Отправлен», отправьте его ещё раз или позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank had already executed the document, so it can no longer be recalled. To get the money back, ask the beneficiary to return it.</source>
        <translation>Банк уже исполнил документ, поэтому отозвать его больше нельзя. Чтобы вернуть деньги, попросите получателя вернуть их.</translation>
    </message>
    <message>
        <source>The bank had rejected the document, so nothing was paid and there is nothing to recall.</source>
        <translation>Банк отверг документ, поэтому ничего не оплачено и отзывать нечего.</translation>
    </message>
    <message>
        <source>The bank could not read the recall request; the document was not recalled. If this repeats, call the bank.</source>
        <translation>Банк не смог прочитать запрос на отзыв; документ не отозван. Если это повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>Recalled at your company&apos;s request: {reason}</source>
        <translation>Отозван по запросу вашей компании: {reason}</translation>
    </message>
    <message>
        <source>{signer} has no right to sign documents at the bank. A user with the right to sign must sign it; ask the bank to change the rights if this is wrong.</source>
        <translation>У пользователя {signer} нет права подписи документов в банке. Документ должен подписать пользователь с правом подписи; если это ошибка, попросите банк изменить права.</translation>
    </message>
    <message>
        <source>{signer} has already signed this document; one person signs a document once. The second signature must come from another user with the second signature right.</source>
        <translation>{signer} уже подписал(а) этот документ; один человек подписывает документ один раз. Вторую подпись должен поставить другой пользователь с правом второй подписи.</translation>
    </message>
    <message>
        <source>A document carries at most two signatures; this one has more. Copy it into a new document and sign that once or twice as your rights require.</source>
        <translation>Документ несёт не более двух подписей; у этого их больше. Скопируйте его в новый документ и подпишите один или два раза, как требуют ваши права.</translation>
    </message>
    <message>
        <source>The signatures do not fit the rights: a document needs one single signature, or a first and then a second. A user with the first signature right signs first.</source>
        <translation>Подписи не соответствуют правам: документу нужна одна единственная подпись либо первая, а затем вторая. Первым подписывает пользователь с правом первой подписи.</translation>
    </message>
    <message>
        <source>The document already has all the signatures it needs; no further signature is taken. Refresh the list to see its status.</source>
        <translation>У документа уже есть все нужные подписи; ещё одна подпись не принимается. Обновите список, чтобы увидеть его статус.</translation>
    </message>
    <message>
        <source>The document no longer awaits a signature: it was rejected or recalled. Refresh the list to see why.</source>
        <translation>Документ больше не ожидает подписи: он отвергнут или отозван. Обновите список, чтобы увидеть причину.</translation>
    </message>
    <message>
        <source>The bank could not read the signature; nothing was signed. If this repeats, call the bank.</source>
        <translation>Банк не смог прочитать подпись; ничего не подписано. Если это повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it is shorter than {min_length} characters. Type a longer one.</source>
        <translation>Банк отклонил новый пароль: он короче {min_length} символов. Введите более длинный.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it is longer than {max_length} characters. Type a shorter one.</source>
        <translation>Банк отклонил новый пароль: он длиннее {max_length} символов. Введите более короткий.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it holds only digits. Add a letter or a sign.</source>
        <translation>Банк отклонил новый пароль: он состоит только из цифр. Добавьте букву или знак.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it holds your personal data (name, surname, birth date, phone or login). Choose one without them.</source>
        <translation>Банк отклонил новый пароль: в нём есть ваши персональные данные (имя, фамилия, дата рождения, телефон или логин). Выберите пароль без них.</translation>
    </message>
    <message>
        <source>The bank refused the new password: it is one of your last {count} passwords. Choose a new one.</source>
        <translation>Банк отклонил новый пароль: это один из ваших последних {count} паролей. Выберите новый.</translation>
    </message>
    <message>
        <source>The current password is wrong. Type the password you signed in with.</source>
        <translation>Текущий пароль неверен. Введите пароль, с которым вы вошли.</translation>
    </message>
    <message>
        <source>The bank requires a new password before anything else. Change the password in Session → Change password…</source>
        <translation>Банк прежде всего требует новый пароль. Смените пароль в меню Сеанс → Сменить пароль…</translation>
    </message>
    <message>
        <source>The one-time code is wrong. Tries left: {tries_left}. Type the code from the latest message.</source>
        <translation>Одноразовый код неверен. Осталось попыток: {tries_left}. Введите код из последнего сообщения.</translation>
    </message>
    <message>
        <source>The one-time code was typed wrong too often and no longer counts. Ask for a new code.</source>
        <translation>Одноразовый код слишком много раз введён неверно и больше не действует. Запросите новый код.</translation>
    </message>
    <message>
        <source>The one-time code has expired. Ask for a new code.</source>
        <translation>Срок действия одноразового кода истёк. Запросите новый код.</translation>
    </message>
    <message>
        <source>A newer one-time code was sent; this one no longer counts. Type the code from the latest message.</source>
        <translation>Отправлен более новый одноразовый код; этот больше не действует. Введите код из последнего сообщения.</translation>
    </message>
    <message>
        <source>No one-time code is open for this. Ask for a new code.</source>
        <translation>Для этого нет действующего одноразового кода. Запросите новый код.</translation>
    </message>
    <message>
        <source>Too many one-time codes were asked for. Wait {wait_minutes} min., then ask for a new code. If you did not ask for them, call the bank.</source>
        <translation>Запрошено слишком много одноразовых кодов. Подождите {wait_minutes} мин., затем запросите новый код. Если вы их не запрашивали, позвоните в банк.</translation>
    </message>
    <message>
        <source>Too many login attempts came from this computer or for this login. Wait {wait_seconds} s., then try again.</source>
        <translation>Слишком много попыток входа с этого компьютера или под этим логином. Подождите {wait_seconds} с., затем попробуйте снова.</translation>
    </message>
    <message>
        <source>The bank has no phone number of yours to send a one-time code to. Call the bank to register one.</source>
        <translation>У банка нет вашего номера телефона для отправки одноразового кода. Позвоните в банк, чтобы зарегистрировать номер.</translation>
    </message>
    <message>
        <source>The bank refused: {message}</source>
        <translation>Банк отказал: {message}</translation>
    </message>
    <message>
        <source>The bank answered with an error (HTTP {status}). Try again later; if this repeats, call the bank.</source>
        <translation>Банк ответил ошибкой (HTTP {status}). Повторите попытку позже; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank has received key request {id} and will issue the certificate after approval. The new key is on the carrier; collect the certificate later.</source>
        <translation>Банк получил запрос на сертификат № {id} и выпустит сертификат после одобрения. Новый ключ записан на носитель; получите сертификат позже.</translation>
    </message>
    <message>
        <source>No bank server answers at {url}. Check the address in the bank&apos;s letter and the internet connection, then try again.</source>
        <translation>По адресу {url} сервер банка не отвечает. Проверьте адрес в письме банка и подключение к интернету, затем повторите.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be read. This may not be the bank&apos;s server: do not go on, and call the bank on its official number.</source>
        <translation>Сертификат сервера не удаётся прочитать. Возможно, это не сервер банка: не продолжайте и позвоните в банк по официальному номеру.</translation>
    </message>
    <message>
        <source>The proxy {proxy} did not let the connection to the bank through (it answered &quot;{answer}&quot;). Ask IT staff to allow {host}, port {port}, through the proxy.</source>
        <translation>Прокси-сервер {proxy} не пропустил соединение с банком (ответ: «{answer}»). Попросите IT-специалистов разрешить подключение к {host}, порт {port}, через прокси-сервер.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Not signed because of mistakes: open the document, correct the marked fields and sign it again.</source>
        <translation>Не подписан из-за ошибок: откройте документ, исправьте отмеченные поля и подпишите его снова.</translation>
    </message>
    <message>
        <source>Not signed: the batch was cancelled before this document. It is still a draft; sign it again when ready.</source>
        <translation>Не подписан: пакет был отменён до этого документа. Он остаётся черновиком; подпишите его снова, когда будете готовы.</translation>
    </message>
    <message>
        <source>Not signed: the key carrier was taken out or stopped answering before this document. It is still a draft and nothing of it went to the bank; sign it again once the carrier is back.</source>
        <translation>Не подписан: ключевой носитель извлекли или он перестал отвечать до этого документа. Документ остался черновиком, в банк ничего не ушло; подпишите его снова, когда носитель вернётся.</translation>
    </message>
    <message>
        <source>An unexpected error stopped this document: {error}. Its status in the list is where it stands.</source>
        <translation>Непредвиденная ошибка остановила этот документ: {error}. Где он сейчас, показывает его статус в списке.</translation>
    </message>
</context>
<context>
    <name>BatchSignDialog</name>
    <message numerus="yes">
        <source>Sign and send %n documents</source>
        <translation>
            <numerusform>Подписать и отправить %n документ</numerusform>
            <numerusform>Подписать и отправить %n документа</numerusform>
            <numerusform>Подписать и отправить %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Stop before the next document. Documents already signed are still sent; the others stay drafts.</source>
        <translation>Остановиться перед следующим документом. Уже подписанные документы всё равно будут отправлены; остальные останутся черновиками.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancelling: the documents already signed are being sent…</source>
        <translation>Отмена: уже подписанные документы отправляются…</translation>
    </message>
    <message>
        <source>Signing with the key carrier opened at sign-in; the PIN is not asked again.</source>
        <translation>Подписание носителем ключа, открытым при входе; PIN повторно не запрашивается.</translation>
    </message>
    <message>
        <source>Signing document {number}; the signed ones go to the bank meanwhile…</source>
        <translation>Подписывается документ {number}; подписанные тем временем отправляются в банк…</translation>
    </message>
    <message numerus="yes">
        <source>{sent} of %n documents signed and sent to the bank.</source>
        <translation>
            <numerusform>Подписано и отправлено в банк: {sent} из %n документа.</numerusform>
            <numerusform>Подписано и отправлено в банк: {sent} из %n документов.</numerusform>
            <numerusform>Подписано и отправлено в банк: {sent} из %n документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bank rejected %n of them.</source>
        <translation>
            <numerusform>Банк отклонил %n из них.</numerusform>
            <numerusform>Банк отклонил %n из них.</numerusform>
            <numerusform>Банк отклонил %n из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed because of mistakes.</source>
        <translation>
            <numerusform>%n документ не подписан из-за ошибок.</numerusform>
            <numerusform>%n документа не подписаны из-за ошибок.</numerusform>
            <numerusform>%n документов не подписаны из-за ошибок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n документ не удалось отправить.</numerusform>
            <numerusform>%n документа не удалось отправить.</numerusform>
            <numerusform>%n документов не удалось отправить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed because you cancelled.</source>
        <translation>
            <numerusform>%n документ не подписан: вы отменили подписание.</numerusform>
            <numerusform>%n документа не подписаны: вы отменили подписание.</numerusform>
            <numerusform>%n документов не подписаны: вы отменили подписание.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent; rejected by the bank</source>
        <translation>Отправлен; банк отверг</translation>
    </message>
    <message>
        <source>Sent; executed by the bank</source>
        <translation>Отправлен; банк исполнил</translation>
    </message>
    <message>
        <source>Sent; awaits the second signature</source>
        <translation>Отправлен; ожидает второй подписи</translation>
    </message>
    <message>
        <source>Sent; accepted by the bank</source>
        <translation>Отправлен; банк принял</translation>
    </message>
    <message>
        <source>Not signed: mistakes</source>
        <translation>Не подписан: ошибки</translation>
    </message>
    <message>
        <source>Cancelled; signed, still to send</source>
        <translation>Отменено; подписан, ещё не отправлен</translation>
    </message>
    <message>
        <source>Cancelled; still a draft</source>
        <translation>Отменено; остаётся черновиком</translation>
    </message>
    <message>
        <source>Sent; the bank&apos;s answer did not come</source>
        <translation>Отправлен; ответ банка не пришёл</translation>
    </message>
    <message>
        <source>Signed; not sent</source>
        <translation>Подписан; не отправлен</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписан</translation>
    </message>
    <message>
        <source>The table says why for each; open a document from the payment list to correct it or to sign it again.</source>
        <translation>Причина для каждого указана в таблице; откройте документ из списка платежей, чтобы исправить его или подписать снова.</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>K&amp;BK:</source>
        <translation>К&amp;БК:</translation>
    </message>
    <message>
        <source>Budget classification code, e.g. 101201 for individual income tax</source>
        <translation>Код бюджетной классификации, например 101201 для индивидуального подоходного налога</translation>
    </message>
    <message>
        <source>&amp;Tax authority:</source>
        <translation>&amp;Налоговый орган:</translation>
    </message>
    <message>
        <source>Type a region, a name or a BIN</source>
        <translation>Введите регион, наименование или БИН</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>{name} (KNP {knp})</source>
        <translation>{name} (КНП {knp})</translation>
    </message>
</context>
<context>
    <name>CarrierPage</name>
    <message>
        <source>The key carrier</source>
        <translation>Носитель ключа</translation>
    </message>
    <message>
        <source>Insert the key carrier (the token with your signing key) and type its PIN. The client lists the keys it holds.</source>
        <translation>Вставьте носитель ключа (токен с вашим ключом подписи) и введите его ПИН-код. Программа покажет ключи на нём.</translation>
    </message>
    <message>
        <source>Carrier &amp;driver:</source>
        <translation>&amp;Драйвер носителя:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Носитель:</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>Считыватель:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Искать снова</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>not looked for yet</source>
        <translation>ещё не искали</translation>
    </message>
    <message>
        <source>The key carrier&apos;s PKCS#11 driver</source>
        <translation>Драйвер PKCS#11 носителя ключа</translation>
    </message>
    <message>
        <source>No key carrier driver was found on this computer. Choose the driver file your IT staff or the bank named.</source>
        <translation>На этом компьютере не найден драйвер носителя ключа. Выберите файл драйвера, который назвали ваши ИТ-специалисты или банк.</translation>
    </message>
    <message>
        <source>Looking for the key carrier…</source>
        <translation>Поиск носителя ключа…</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>поиск…</translation>
    </message>
    <message>
        <source>{label} (serial {serial})</source>
        <translation>{label} (серийный номер {serial})</translation>
    </message>
    <message>
        <source>{label} (serial {serial}), {maker} {model}</source>
        <translation>{label} (серийный номер {serial}), {maker} {model}</translation>
    </message>
    <message>
        <source>{token}; driver: {carrier}</source>
        <translation>{token}; драйвер: {carrier}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <source>Type the PIN of the key carrier.</source>
        <translation>Введите ПИН-код носителя ключа.</translation>
    </message>
    <message>
        <source>Opening the key carrier…</source>
        <translation>Открытие носителя ключа…</translation>
    </message>
    <message>
        <source>no certificate yet</source>
        <translation>сертификата пока нет</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>The carrier holds a key certified by this bank: it will be used for signing.</source>
        <translation>На носителе есть ключ, заверенный этим банком: он будет использоваться для подписи.</translation>
    </message>
    <message>
        <source>The carrier holds no certificate from this bank yet: after you sign in, the client makes a new key on the carrier and requests it.</source>
        <translation>На носителе пока нет сертификата этого банка: после входа программа создаст на носителе новый ключ и запросит для него сертификат.</translation>
    </message>
</context>
<context>
    <name>CarrierReminder</name>
    <message>
        <source>Key carrier</source>
        <translation>Ключевой носитель</translation>
    </message>
    <message>
        <source>Take the key carrier out when you leave</source>
        <translation>Уходя, извлеките носитель ключа</translation>
    </message>
    <message>
        <source>The client has not been used for {minutes} min and the key carrier is still plugged in. Whenever you leave the workplace, take the carrier out of the computer and keep it with you: with it, anyone at this computer can sign payments in your company&apos;s name. Plug it in only to work in this client.</source>
        <translation>Клиентом не пользовались {minutes} мин, а носитель ключа всё ещё подключён. Каждый раз, уходя с рабочего места, извлекайте носитель из компьютера и держите его при себе: с ним любой человек за этим компьютером может подписать платежи от имени вашей компании. Подключайте его только для работы в этом клиенте.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>This is your first sign-in: replace the password from the PIN envelope with one only you know.</source>
        <translation>Это ваш первый вход: замените пароль из ПИН-конверта паролем, который знаете только вы.</translation>
    </message>
    <message>
        <source>Your password has expired: the bank asks for a new one before you go on.</source>
        <translation>Срок действия пароля истёк: прежде чем продолжить, банк просит новый.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The bank&apos;s rules for the new password:</source>
        <translation>Требования банка к новому паролю:</translation>
    </message>
    <message>
        <source>Reading the bank&apos;s password rules…</source>
        <translation>Читаются требования банка к паролю…</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не меньше %n символа</numerusform>
            <numerusform>Не меньше %n символов</numerusform>
            <numerusform>Не меньше %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Не больше %n символа</numerusform>
            <numerusform>Не больше %n символов</numerusform>
            <numerusform>Не больше %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of your last %n passwords (the bank checks this)</source>
        <translation>
            <numerusform>Не совпадает с последним %n паролем (проверяет банк)</numerusform>
            <numerusform>Не совпадает ни с одним из последних %n паролей (проверяет банк)</numerusform>
            <numerusform>Не совпадает ни с одним из последних %n паролей (проверяет банк)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not digits only: at least one letter or sign</source>
        <translation>Не только цифры: хотя бы одна буква или знак</translation>
    </message>
    <message>
        <source>No name, surname, birth date, phone or login of yours</source>
        <translation>Без вашего имени, фамилии, даты рождения, телефона или логина</translation>
    </message>
    <message>
        <source>&quot;Again&quot; matches the new password</source>
        <translation>«Ещё раз» совпадает с новым паролем</translation>
    </message>
    <message>
        <source>The password was not changed: the one-time code was not confirmed.</source>
        <translation>Пароль не изменён: одноразовый код не подтверждён.</translation>
    </message>
    <message>
        <source>Asking the bank…</source>
        <translation>Запрос в банк…</translation>
    </message>
</context>
<context>
    <name>CheckOneC</name>
    <message>
        <source>Nothing in the file can be imported.</source>
        <translation>Из файла ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>Document {number} (line {line}): valid.</source>
        <translation>Документ {number} (строка {line}): без ошибок.</translation>
    </message>
    <message>
        <source>Document {number} (line {line}): not valid.</source>
        <translation>Документ {number} (строка {line}): есть ошибки.</translation>
    </message>
    <message>
        <source>{valid} of {total} documents are valid.</source>
        <translation>Без ошибок {valid} из {total} документов.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The settings file {path} lacks &quot;{key}&quot; in section [{section}]. Ask IT staff for a complete file.</source>
        <translation>В файле настроек {path} нет параметра «{key}» в разделе [{section}]. Попросите у IT-специалистов полный файл.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read.</source>
        <translation>Не удаётся прочитать файл настроек {path}.</translation>
    </message>
    <message>
        <source>The settings file {path} has a mistake: {problem}</source>
        <translation>В файле настроек {path} ошибка: {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} gives idle_reminder_minutes as &quot;{value}&quot;; use a number of minutes (0 turns the reminder off).</source>
        <translation>В файле настроек {path} параметр idle_reminder_minutes задан как «{value}»; укажите число минут (0 отключает напоминание).</translation>
    </message>
    <message>
        <source>The settings file {path} gives lock_after_minutes as &quot;{value}&quot;; use a number of minutes (0 turns the idle lock off).</source>
        <translation>Файл настроек {path} задаёт lock_after_minutes как &quot;{value}&quot;; укажите число минут (0 отключает блокировку).</translation>
    </message>
    <message>
        <source>The settings file {path} names the language &quot;{value}&quot;; use one of: {languages}.</source>
        <translation>В файле настроек {path} указан язык «{value}»; используйте один из следующих: {languages}.</translation>
    </message>
    <message>
        <source>The deployment file {path} cannot be read.</source>
        <translation>Файл развёртывания {path} не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The deployment file {path} has a mistake: {problem}</source>
        <translation>В файле развёртывания {path} ошибка: {problem}</translation>
    </message>
    <message>
        <source>The deployment file {path} gives ca_fingerprint as &quot;{value}&quot;; it must be the 64 hexadecimal digits of a SHA-256 fingerprint, as the bank prints them.</source>
        <translation>В файле развёртывания {path} ca_fingerprint указан как &quot;{value}&quot;; это должны быть 64 шестнадцатеричные цифры отпечатка SHA-256, как их печатает банк.</translation>
    </message>
    <message>
        <source>The deployment file {path} names the language &quot;{value}&quot;; use one of: {languages}.</source>
        <translation>В файле развёртывания {path} указан язык &quot;{value}&quot;; используйте один из: {languages}.</translation>
    </message>
    <message>
        <source>The proxy &quot;{proxy}&quot; is not an address like http://proxy.company.kz:3128. Ask IT staff for the proxy&apos;s address, or write &quot;system&quot; to use the computer&apos;s own proxy settings.</source>
        <translation>Прокси-сервер «{proxy}» указан не в виде адреса вроде http://proxy.company.kz:3128. Узнайте адрес прокси-сервера у IT-специалистов или напишите «system», чтобы использовать настройки прокси этого компьютера.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>Cosigning</name>
    <message>
        <source>The bank&apos;s list of documents awaiting your signature could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Не удалось прочитать список документов банка, ожидающих вашей подписи. Попробуйте ещё раз; если это повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>Document {number} cannot be signed: the bytes the bank holds are not the order shown. Do not sign it; call the bank.</source>
        <translation>Документ {number} нельзя подписать: байты, которые хранит банк, не совпадают с показанным поручением. Не подписывайте его; позвоните в банк.</translation>
    </message>
    <message>
        <source>Document {number} cannot be signed: its first signature does not verify. Do not sign it; call the bank.</source>
        <translation>Документ {number} нельзя подписать: его первая подпись не проходит проверку. Не подписывайте его; позвоните в банк.</translation>
    </message>
</context>
<context>
    <name>Counterparties</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
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
        <translation>Ошибок в карточке контрагента: {count}. Исправьте отмеченные поля и сохраните.</translation>
    </message>
    <message>
        <source>The directory already has a counterparty with IIN/BIN {bin} and IIK {iban}. Edit that entry instead.</source>
        <translation>В справочнике уже есть контрагент с ИИН/БИН {bin} и ИИК {iban}. Измените эту запись.</translation>
    </message>
    <message>
        <source>This IIN/BIN and IIK are already in the directory.</source>
        <translation>Эти ИИН/БИН и ИИК уже есть в справочнике.</translation>
    </message>
    <message>
        <source>The counterparty is no longer in the directory; it may have been deleted in another window.</source>
        <translation>Контрагента больше нет в справочнике; возможно, он удалён в другом окне.</translation>
    </message>
    <message>
        <source>Document {number}: the beneficiary was not added. {problem}</source>
        <translation>Документ {number}: получатель не добавлен. {problem}</translation>
    </message>
</context>
<context>
    <name>CounterpartyWindow</name>
    <message>
        <source>Choose a counterparty</source>
        <translation>Выбор контрагента</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Контрагенты</translation>
    </message>
    <message>
        <source>Find a counterparty</source>
        <translation>Найти контрагента</translation>
    </message>
    <message>
        <source>Find by name, IIN/BIN or IIK</source>
        <translation>Поиск по наименованию, ИИН/БИН или ИИК</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>Кбе</translation>
    </message>
    <message>
        <source>The directory is empty. Choose Fill from sent documents to add the beneficiaries of documents already sent, or New to type one.</source>
        <translation>Справочник пуст. Нажмите «Заполнить из отправленных документов», чтобы добавить получателей уже отправленных документов, или «Новый», чтобы ввести вручную.</translation>
    </message>
    <message>
        <source>&amp;Fill from sent documents</source>
        <translation>&amp;Заполнить из отправленных документов</translation>
    </message>
    <message>
        <source>Add the beneficiary of every document sent to the bank that is not in the directory yet</source>
        <translation>Добавить получателей всех отправленных в банк документов, которых ещё нет в справочнике</translation>
    </message>
    <message>
        <source>&amp;Fill the beneficiary</source>
        <translation>&amp;Заполнить получателя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>&amp;IIN/BIN:</source>
        <translation>&amp;ИИН/БИН:</translation>
    </message>
    <message>
        <source>II&amp;K:</source>
        <translation>ИИ&amp;К:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;БИК:</translation>
    </message>
    <message>
        <source>KB&amp;e:</source>
        <translation>Кб&amp;е:</translation>
    </message>
    <message>
        <source>Residency (1 resident, 2 non-resident) and sector, e.g. 17</source>
        <translation>Признак резидентства (1 — резидент, 2 — нерезидент) и сектор экономики, например 17</translation>
    </message>
    <message>
        <source>New counterparty</source>
        <translation>Новый контрагент</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Н&amp;овый</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The directory is empty. Fill it in the Counterparties window of the Documents menu, from sent documents or by hand.</source>
        <translation>Справочник пуст. Заполните его в окне «Контрагенты» меню «Документы» из отправленных документов или вручную.</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message numerus="yes">
        <source>The counterparty has %n mistakes; each is written under its field.</source>
        <translation>
            <numerusform>В карточке контрагента %n ошибка; она указана под своим полем.</numerusform>
            <numerusform>В карточке контрагента %n ошибки; каждая указана под своим полем.</numerusform>
            <numerusform>В карточке контрагента %n ошибок; каждая указана под своим полем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n counterparties from sent documents.</source>
        <translation>
            <numerusform>Из отправленных документов добавлен %n контрагент.</numerusform>
            <numerusform>Из отправленных документов добавлено %n контрагента.</numerusform>
            <numerusform>Из отправленных документов добавлено %n контрагентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the directory.</source>
        <translation>
            <numerusform>%n уже был в справочнике.</numerusform>
            <numerusform>%n уже были в справочнике.</numerusform>
            <numerusform>%n уже были в справочнике.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not added for the same kind of reasons.</source>
        <translation>
            <numerusform>… и ещё %n не добавлен по тем же причинам.</numerusform>
            <numerusform>… и ещё %n не добавлены по тем же причинам.</numerusform>
            <numerusform>… и ещё %n не добавлены по тем же причинам.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is saved in the directory.</source>
        <translation>{name}: сохранён в справочнике.</translation>
    </message>
    <message>
        <source>Delete {name} from the counterparties directory? Documents already made for it are kept.</source>
        <translation>Удалить {name} из справочника контрагентов? Уже созданные для него документы сохранятся.</translation>
    </message>
    <message>
        <source>{name} was deleted from the directory.</source>
        <translation>{name}: удалён из справочника.</translation>
    </message>
    <message>
        <source>Reading the documents sent to the bank…</source>
        <translation>Читаются отправленные в банк документы…</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The certificate is damaged or is not an X.509 certificate. Request the certificate from the bank again.</source>
        <translation>Сертификат повреждён или не является сертификатом X.509. Запросите сертификат в банке ещё раз.</translation>
    </message>
    <message>
        <source>The signature is damaged or is not a CMS signature. Sign the document again.</source>
        <translation>Подпись повреждена или не является подписью CMS. Подпишите документ заново.</translation>
    </message>
    <message>
        <source>The signature does not match the document ({reason}). The document may have been changed after signing: check it and sign it again.</source>
        <translation>Подпись не соответствует документу ({reason}). Возможно, документ изменён после подписания: проверьте его и подпишите заново.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted ({reason}). Check that the key carrier holds the certificate issued by your bank.</source>
        <translation>Сертификат подписанта не является доверенным ({reason}). Проверьте, что на носителе ключа записан сертификат, выданный вашим банком.</translation>
    </message>
    <message>
        <source>The document cannot be prepared for signing ({reason}). Check its fields and try again.</source>
        <translation>Не удаётся подготовить документ к подписанию ({reason}). Проверьте его поля и повторите попытку.</translation>
    </message>
    <message>
        <source>The public key read from the key carrier is damaged, so no certificate request can be made. Generate a new key on the carrier and try again.</source>
        <translation>Открытый ключ, прочитанный с носителя ключа, повреждён, поэтому запрос на сертификат сформировать нельзя. Сгенерируйте новый ключ на носителе и повторите попытку.</translation>
    </message>
    <message>
        <source>The new key&apos;s public part cannot be read, so no act can be printed for it. Make the key again.</source>
        <translation>Открытую часть нового ключа не удаётся прочитать, поэтому акт для него напечатать нельзя. Создайте ключ заново.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <source>The bank&apos;s list of directories could not be read; the directories in use stay as they are.</source>
        <translation>Список справочников банка не удалось прочитать; справочники остаются прежними.</translation>
    </message>
    <message>
        <source>The bank sent the directory in another version than it announced; the previous version stays in use.</source>
        <translation>Банк прислал справочник не в той версии, которую объявил; остаётся прежняя версия.</translation>
    </message>
    <message>
        <source>The directory could not be saved in {folder}; the previous version stays in use. Check that the disk has room.</source>
        <translation>Справочник не удалось сохранить в {folder}; остаётся прежняя версия. Проверьте, есть ли место на диске.</translation>
    </message>
    <message>
        <source>The directory is damaged ({problem}); the previous version stays in use.</source>
        <translation>Справочник повреждён ({problem}); остаётся прежняя версия.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (XLSX) that can be read: {problem}</source>
        <translation>{file} — не книга Excel (XLSX), которую можно прочитать: {problem}</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>KNP: payment purpose codes</source>
        <translation>КНП: коды назначения платежа</translation>
    </message>
    <message>
        <source>Residency: first digit of KBe/KOd</source>
        <translation>Резидентство: первая цифра КБе/КОд</translation>
    </message>
    <message>
        <source>Sectors of the economy: second digit of KBe/KOd</source>
        <translation>Секторы экономики: вторая цифра КБе/КОд</translation>
    </message>
    <message>
        <source>KBK: budget classification codes</source>
        <translation>КБК: коды бюджетной классификации</translation>
    </message>
    <message>
        <source>Banks of Kazakhstan</source>
        <translation>Банки Казахстана</translation>
    </message>
    <message>
        <source>Budget recipients: tax authorities</source>
        <translation>Получатели в бюджет: налоговые органы</translation>
    </message>
    <message>
        <source>Pension and social funds</source>
        <translation>Пенсионный и социальный фонды</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>seen in banks&apos; use</source>
        <translation>встречается в практике банков</translation>
    </message>
    <message>
        <source>seen once, not confirmed</source>
        <translation>встречено однажды, не подтверждено</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>demo sample, not real</source>
        <translation>демо-образец, не настоящий</translation>
    </message>
    <message>
        <source>pension</source>
        <translation>пенсионные</translation>
    </message>
    <message>
        <source>social</source>
        <translation>социальные</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>КБе</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Код банка</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Теперь</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С года</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код органа</translation>
    </message>
    <message>
        <source>KNPs accepted</source>
        <translation>Принимаемые КНП</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Find in the directory</source>
        <translation>Поиск в справочнике</translation>
    </message>
    <message>
        <source>Search by code or name</source>
        <translation>Поиск по коду или названию</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>&amp;Update from the bank</source>
        <translation>&amp;Обновить из банка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>From the register in {edition}</source>
        <translation>Из реестра в {edition}</translation>
    </message>
    <message>
        <source>received from the bank</source>
        <translation>получена из банка</translation>
    </message>
    <message>
        <source>shipped with the client</source>
        <translation>поставлена с клиентом</translation>
    </message>
    <message>
        <source>Version {version} of {date}, {origin}</source>
        <translation>Версия {version} от {date}, {origin}</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Источник: {sources}</translation>
    </message>
    <message>
        <source>Not the complete list. {note}</source>
        <translation>Неполный список. {note}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} entries</source>
        <translation>
            <numerusform>{shown} из {total} записи</numerusform>
            <numerusform>{shown} из {total} записей</numerusform>
            <numerusform>{shown} из {total} записей</numerusform>
        </translation>
    </message>
    <message>
        <source>How sure: {status}</source>
        <translation>Достоверность: {status}</translation>
    </message>
    <message>
        <source>Asking the bank for newer directories…</source>
        <translation>Запрос новых справочников в банке…</translation>
    </message>
    <message>
        <source>{directory}: now version {version}.</source>
        <translation>{directory}: теперь версия {version}.</translation>
    </message>
    <message>
        <source>{directory}: {problem}</source>
        <translation>{directory}: {problem}</translation>
    </message>
    <message>
        <source>All directories are up to date.</source>
        <translation>Все справочники актуальны.</translation>
    </message>
</context>
<context>
    <name>DocumentComforts</name>
    <message>
        <source>&amp;Copy to new draft</source>
        <translation>&amp;Копировать в новый черновик</translation>
    </message>
    <message>
        <source>Make a new draft with the parties, amount and purpose of the selected document</source>
        <translation>Создать новый черновик с участниками, суммой и назначением выбранного документа</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Сохранить как &amp;шаблон…</translation>
    </message>
    <message>
        <source>T&amp;emplates…</source>
        <translation>Ша&amp;блоны…</translation>
    </message>
    <message>
        <source>C&amp;ounterparties…</source>
        <translation>Контр&amp;агенты…</translation>
    </message>
    <message>
        <source>Reca&amp;ll…</source>
        <translation>Ото&amp;звать…</translation>
    </message>
    <message>
        <source>Ask the bank to recall the selected sent document before it is executed</source>
        <translation>Попросить банк отозвать выбранный отправленный документ до исполнения</translation>
    </message>
    <message>
        <source>Select one document in the payment list, then choose Copy to new draft in the Documents menu.</source>
        <translation>Выберите один документ в списке платежей, затем в меню «Документы» выберите «Копировать в новый черновик».</translation>
    </message>
    <message>
        <source>Draft payment order {number} was made; it is open in the editor.</source>
        <translation>Создан черновик платёжного поручения {number}; он открыт в редакторе.</translation>
    </message>
    <message>
        <source>Select one document in the payment list, then choose Save as template in the Documents menu.</source>
        <translation>Выберите один документ в списке платежей, затем в меню «Документы» выберите «Сохранить как шаблон».</translation>
    </message>
    <message>
        <source>Template “{name}” was saved.</source>
        <translation>Шаблон «{name}» сохранён.</translation>
    </message>
    <message>
        <source>Select one sent document in the payment list, then choose Recall in the Documents menu.</source>
        <translation>Выберите один отправленный документ в списке платежей, затем в меню «Документы» выберите «Отозвать».</translation>
    </message>
    <message>
        <source>Only a document sent to the bank and not yet executed can be recalled; payment order {number} is not.</source>
        <translation>Отозвать можно только документ, отправленный в банк и ещё не исполненный; платёжное поручение {number} не такое.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>&amp;Payment order</source>
        <translation>&amp;Платёжное поручение</translation>
    </message>
    <message>
        <source>Payment order</source>
        <translation>Платёжное поручение</translation>
    </message>
    <message>
        <source>Payment order {number}</source>
        <translation>Платёжное поручение № {number}</translation>
    </message>
    <message>
        <source>Payment to the &amp;budget (taxes)</source>
        <translation>Платёж в &amp;бюджет (налоги)</translation>
    </message>
    <message>
        <source>Payment to the budget</source>
        <translation>Платёж в бюджет</translation>
    </message>
    <message>
        <source>Payment to the budget {number}</source>
        <translation>Платёж в бюджет {number}</translation>
    </message>
    <message>
        <source>P&amp;ension contributions</source>
        <translation>П&amp;енсионные взносы</translation>
    </message>
    <message>
        <source>Pension contributions</source>
        <translation>Пенсионные взносы</translation>
    </message>
    <message>
        <source>Pension contributions {number}</source>
        <translation>Пенсионные взносы {number}</translation>
    </message>
    <message>
        <source>&amp;Social contributions</source>
        <translation>&amp;Социальные отчисления</translation>
    </message>
    <message>
        <source>Social contributions</source>
        <translation>Социальные отчисления</translation>
    </message>
    <message>
        <source>Social contributions {number}</source>
        <translation>Социальные отчисления {number}</translation>
    </message>
    <message>
        <source>Sa&amp;lary payment</source>
        <translation>Выплата &amp;зарплаты</translation>
    </message>
    <message>
        <source>Salary payment</source>
        <translation>Выплата заработной платы</translation>
    </message>
    <message>
        <source>Salary payment {number}</source>
        <translation>Выплата заработной платы {number}</translation>
    </message>
    <message>
        <source>Payment in &amp;foreign currency</source>
        <translation>Платёж в &amp;иностранной валюте</translation>
    </message>
    <message>
        <source>Payment in foreign currency</source>
        <translation>Платёж в иностранной валюте</translation>
    </message>
    <message>
        <source>Payment in foreign currency {number}</source>
        <translation>Платёж в иностранной валюте {number}</translation>
    </message>
    <message>
        <source>Buy or sell &amp;currency</source>
        <translation>Покупка или продажа &amp;валюты</translation>
    </message>
    <message>
        <source>Currency purchase or sale</source>
        <translation>Покупка или продажа валюты</translation>
    </message>
    <message>
        <source>Currency purchase or sale {number}</source>
        <translation>Покупка или продажа валюты {number}</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Accepted by the bank</source>
        <translation>Принят банком</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнен</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отвергнут</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Awaiting the second signature</source>
        <translation>Ожидает второй подписи</translation>
    </message>
</context>
<context>
    <name>EditorComforts</name>
    <message>
        <source>Choose from &amp;counterparties…</source>
        <translation>Выбрать из &amp;контрагентов…</translation>
    </message>
    <message>
        <source>Fill the beneficiary from the counterparties directory</source>
        <translation>Заполнить получателя из справочника контрагентов</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Коп&amp;ия</translation>
    </message>
    <message>
        <source>Make a new draft with this document&apos;s parties, amount and purpose</source>
        <translation>Создать новый черновик с участниками, суммой и назначением этого документа</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Сохранить как &amp;шаблон…</translation>
    </message>
    <message>
        <source>Reca&amp;ll…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Ask the bank to recall this document before it is executed</source>
        <translation>Попросить банк отозвать этот документ до исполнения</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside the program. Your saved documents are kept; try again, and if this repeats, send the details to the bank&apos;s support.</source>
        <translation>В программе произошла внутренняя ошибка. Сохранённые документы не потеряны; повторите попытку, а если ошибка повторится, отправьте подробности в службу поддержки банка.</translation>
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
        <translation>Не удаётся прочитать файл {path} ({reason}). Проверьте, что он существует и у вас есть право его открыть.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB (it passes that size at line {line}); a 1C exchange file is far smaller. Check that you chose the right file.</source>
        <translation>Файл больше {limit} МБ (этот размер превышен на строке {line}); файл обмена 1С намного меньше. Проверьте, тот ли файл вы выбрали.</translation>
    </message>
    <message>
        <source>Line {line}: the file is saved in UTF-16, which 1C exchange files do not use. Save it again from the accounting program in Windows-1251 or UTF-8.</source>
        <translation>Строка {line}: файл сохранён в UTF-16, а файлы обмена 1С эту кодировку не используют. Сохраните его заново из бухгалтерской программы в Windows-1251 или UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} does not start a 1C exchange file (the first line must be {first}): this is not a file exported for the bank from 1C. Check that you chose the right file.</source>
        <translation>Строка {line} не является началом файла обмена 1С (первая строка должна быть {first}): это не файл, выгруженный из 1С для банка. Проверьте, тот ли файл вы выбрали.</translation>
    </message>
    <message>
        <source>Line {line} says the file is in {claimed}, but the file starts with the mark of UTF-8: it was saved in another encoding than it says. Export it again from the accounting program.</source>
        <translation>В строке {line} указано, что файл в кодировке {claimed}, но файл начинается с метки UTF-8: он сохранён не в той кодировке, которая указана. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} holds a control character (code {code}) that a text file cannot contain: the file is damaged or is not a 1C exchange file.</source>
        <translation>Строка {line} содержит управляющий символ (код {code}), которого не может быть в текстовом файле: файл повреждён или не является файлом обмена 1С.</translation>
    </message>
    <message>
        <source>Line {line}: the encoding &quot;{claimed}&quot; is not one a 1C exchange file uses (Windows, DOS or UTF-8). Export the file again from the accounting program.</source>
        <translation>Строка {line}: кодировка «{claimed}» не используется в файлах обмена 1С (допустимы Windows, DOS или UTF-8). Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>The file&apos;s header (lines 1 to {line}) does not say its encoding: the line {key}=Windows (or DOS, or UTF-8) is missing. Export the file again from the accounting program.</source>
        <translation>В заголовке файла (строки с 1 по {line}) не указана кодировка: нет строки {key}=Windows (или DOS, или UTF-8). Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} is written in UTF-8, but line {claimed_line} says the file is in {claimed}: the file was saved in another encoding than it says. Export it again from the accounting program.</source>
        <translation>Строка {line} записана в UTF-8, но в строке {claimed_line} указана кодировка {claimed}: файл сохранён не в той кодировке, которая указана. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding}, the encoding line {claimed_line} names: the file was saved in another encoding or is damaged. Export it again from the accounting program.</source>
        <translation>Строку {line} не удаётся прочитать в кодировке {encoding}, указанной в строке {claimed_line}: файл сохранён в другой кодировке или повреждён. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>The file ends at line {line} without {end}, the line that closes a 1C exchange file: it is cut off. Export it again from the accounting program.</source>
        <translation>Файл заканчивается на строке {line} без строки {end}, которой закрывается файл обмена 1С: файл обрезан. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} does not read as {encoding} text, the encoding line {claimed_line} names: the file was saved in another encoding than it says. Export it again from the accounting program.</source>
        <translation>Строка {line} не читается как текст в кодировке {encoding}, указанной в строке {claimed_line}: файл сохранён не в той кодировке, которая указана. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} starts a new part of the file, but the section that starts on line {start} was not closed with {end}: the file is damaged. Export it again from the accounting program.</source>
        <translation>Строка {line} начинает новую часть файла, но раздел, начатый в строке {start}, не закрыт строкой {end}: файл повреждён. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} comes after {end} on line {end_line}, which closes the file: two files may have been joined. Export the file again from the accounting program.</source>
        <translation>Строка {line} идёт после строки {end} (строка {end_line}), которой закрывается файл: возможно, два файла были склеены. Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} closes a section ({key}) that was not opened: the file is damaged. Export it again from the accounting program.</source>
        <translation>Строка {line} закрывает раздел ({key}), который не был открыт: файл повреждён. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} starts another 1C exchange file inside this one: two files may have been joined. Export the file again from the accounting program.</source>
        <translation>В строке {line} внутри этого файла начинается другой файл обмена 1С: возможно, два файла были склеены. Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} is not of the form Name=value: &quot;{text}&quot;. A value may have been split over two lines; the file is damaged. Export it again from the accounting program.</source>
        <translation>Строка {line} не имеет вида Имя=значение: «{text}». Возможно, значение разбито на две строки; файл повреждён. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} opens a document without saying its kind ({key}=Платежное поручение, for example). Export the file again from the accounting program.</source>
        <translation>Строка {line} открывает документ, не указывая его вид (например, {key}=Платежное поручение). Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} does not start with a field name before &apos;=&apos;: &quot;{text}&quot;. The file is damaged; export it again from the accounting program.</source>
        <translation>Строка {line} не начинается с имени поля перед «=»: «{text}». Файл повреждён; выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>Line {line} gives {key} a second time (the first is on line {first}); which one is meant cannot be told. Export the file again from the accounting program.</source>
        <translation>В строке {line} поле {key} указано повторно (первый раз — в строке {first}); невозможно понять, какое значение верное. Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>The file ends at line {line} inside the section that starts on line {start}: it is cut off. Export it again from the accounting program.</source>
        <translation>Файл заканчивается на строке {line} внутри раздела, начатого в строке {start}: файл обрезан. Выгрузите его заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>The file has no {end} line after its last section (line {line}); every section is closed, so it was read. Check in the accounting program that every order was exported.</source>
        <translation>В файле нет строки {end} после последней секции (строка {line}); все секции закрыты, поэтому файл прочитан. Проверьте в учётной программе, что выгружены все поручения.</translation>
    </message>
    <message>
        <source>The file&apos;s header (lines 1 to {line}) has no {key} line, which every 1C exchange file has. Export the file again from the accounting program.</source>
        <translation>В заголовке файла (строки с 1 по {line}) нет строки {key}, которая есть в каждом файле обмена 1С. Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>The account section on line {line} has no {key} line naming the account. Export the file again from the accounting program.</source>
        <translation>В разделе счёта в строке {line} нет строки {key} с номером счёта. Выгрузите файл заново из бухгалтерской программы.</translation>
    </message>
    <message>
        <source>The file holds no payment orders: up to its end on line {line} there is no section {start}={kind} (its documents: {found}). Choose a file of payment orders exported for the bank.</source>
        <translation>В файле нет платёжных поручений: до его конца (строка {line}) нет ни одного раздела {start}={kind} (документы в файле: {found}). Выберите файл платёжных поручений, выгруженный для банка.</translation>
    </message>
    <message>
        <source>Order {number} of {date} for {amount} from {iban} is already among your documents: this file, or this order, was imported before.</source>
        <translation>Поручение № {number} от {date} на сумму {amount} со счёта {iban} уже есть среди ваших документов: этот файл или это поручение уже импортировались.</translation>
    </message>
    <message>
        <source>Order {number} of {date} for {amount} is in this file twice (first on line {first}); only the first is imported.</source>
        <translation>Поручение № {number} от {date} на сумму {amount} встречается в файле дважды (впервые в строке {first}); импортируется только первое.</translation>
    </message>
    <message>
        <source>Line {line} gives {key}={value}, but line {first_line} gives {first_key}={first_value}; which one is meant cannot be told.</source>
        <translation>В строке {line} указано {key}={value}, а в строке {first_line} — {first_key}={first_value}; невозможно понять, какое значение верное.</translation>
    </message>
    <message>
        <source>Document {number} of the file is a &quot;{kind}&quot;; only payment orders ({payment_order}) are imported. Salary payments have a document type of their own.</source>
        <translation>Документ № {number} в файле — «{kind}»; импортируются только платёжные поручения ({payment_order}). Для зарплатных платежей есть отдельный вид документа.</translation>
    </message>
    <message>
        <source>The document&apos;s date &quot;{value}&quot; is not a date like 20.11.2026.</source>
        <translation>Дата документа «{value}» не похожа на дату вида 20.11.2026.</translation>
    </message>
    <message>
        <source>This file is a bank statement, not payment orders for the bank (line {line} has {key}): nothing was imported, so nothing is paid twice. Open statements under Statements.</source>
        <translation>Этот файл — банковская выписка, а не платёжные поручения для банка (в строке {line} есть {key}): ничего не импортировано, поэтому ничего не будет оплачено дважды. Выписки открывайте в разделе «Выписки».</translation>
    </message>
    <message>
        <source>Orders of this file were imported meanwhile ({count}, order {number} among them); nothing was imported now. Read the file again to see what is left.</source>
        <translation>Поручения из этого файла тем временем уже импортированы ({count}, среди них поручение {number}); сейчас ничего не импортировано. Прочитайте файл снова, чтобы увидеть, что осталось.</translation>
    </message>
    <message>
        <source>The order has no document date ({key}).</source>
        <translation>В поручении нет даты документа ({key}).</translation>
    </message>
    <message>
        <source>The value date &quot;{value}&quot; is not a date like 20.11.2026.</source>
        <translation>Дата валютирования «{value}» не похожа на дату вида 20.11.2026.</translation>
    </message>
    <message>
        <source>The order is in {currency}; only tenge (KZT) payment orders can be imported.</source>
        <translation>Поручение в валюте {currency}; импортировать можно только платёжные поручения в тенге (KZT).</translation>
    </message>
    <message>
        <source>The payer&apos;s IIK {iban} is not one of your company&apos;s accounts at this bank.</source>
        <translation>ИИК плательщика {iban} не является счётом вашей компании в этом банке.</translation>
    </message>
    <message>
        <source>The payer&apos;s BIN {bin} is not your company&apos;s BIN {company_bin}: the order was made for another company.</source>
        <translation>БИН плательщика {bin} не совпадает с БИН вашей компании {company_bin}: поручение составлено для другой компании.</translation>
    </message>
    <message>
        <source>The statement names no account (РасчСчет): it cannot be shown.</source>
        <translation>В выписке не указан счёт (РасчСчет): её нельзя показать.</translation>
    </message>
    <message>
        <source>The statement gives no period (ДатаНачала, ДатаКонца) and no lines: there is nothing to show.</source>
        <translation>В выписке нет ни периода (ДатаНачала, ДатаКонца), ни строк: показывать нечего.</translation>
    </message>
    <message>
        <source>The document on line {line} has no date like 20.11.2026.</source>
        <translation>У документа в строке {line} нет даты вида 20.11.2026.</translation>
    </message>
    <message>
        <source>Line {line}: the amount &quot;{value}&quot; is not an amount like 1500.00.</source>
        <translation>Строка {line}: сумма «{value}» не является суммой вида 1500.00.</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>Buy foreign currency for tenge</source>
        <translation>Купить иностранную валюту за тенге</translation>
    </message>
    <message>
        <source>Sell foreign currency for tenge</source>
        <translation>Продать иностранную валюту за тенге</translation>
    </message>
    <message>
        <source>Asking the bank for its rates…</source>
        <translation>Запрашиваем курсы у банка…</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Операция:</translation>
    </message>
    <message>
        <source>The bank&apos;s rates:</source>
        <translation>Курсы банка:</translation>
    </message>
    <message>
        <source>&amp;Credit account:</source>
        <translation>Счёт &amp;зачисления:</translation>
    </message>
    <message>
        <source>C&amp;redit amount:</source>
        <translation>Сумма з&amp;ачисления:</translation>
    </message>
    <message>
        <source>The bank&apos;s rates could not be read; the amounts are computed by the bank when it executes the order.</source>
        <translation>Не удалось получить курсы банка; суммы рассчитает банк при исполнении поручения.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Debit acc&amp;ount:</source>
        <translation>Счёт &amp;списания:</translation>
    </message>
    <message>
        <source>the bank&apos;s rate: 1 {base} = {value} {quote}</source>
        <translation>курс банка: 1 {base} = {value} {quote}</translation>
    </message>
    <message>
        <source>; debited {debit} {debit_currency}, credited {credit} {credit_currency}</source>
        <translation>; списано {debit} {debit_currency}, зачислено {credit} {credit_currency}</translation>
    </message>
    <message>
        <source>De&amp;bit amount, {currency}:</source>
        <translation>Сумма спи&amp;сания, {currency}:</translation>
    </message>
    <message>
        <source>C&amp;redit amount, {currency}:</source>
        <translation>Сумма з&amp;ачисления, {currency}:</translation>
    </message>
    <message>
        <source>Indicative, at 1 {currency} = {rate} KZT; the bank converts at its own rate when it executes the order.</source>
        <translation>Ориентировочно, по курсу 1 {currency} = {rate} KZT; банк конвертирует по своему курсу в момент исполнения.</translation>
    </message>
    <message>
        <source>Required for a purchase: what the currency is for</source>
        <translation>Обязательно при покупке: для чего нужна валюта</translation>
    </message>
    <message>
        <source>Optional for a sale</source>
        <translation>При продаже необязательно</translation>
    </message>
    <message>
        <source>1 {currency}: the bank buys at {buy}, sells at {sell} KZT</source>
        <translation>1 {currency}: банк покупает по {buy}, продаёт по {sell} KZT</translation>
    </message>
    <message>
        <source>As of {time}:</source>
        <translation>По состоянию на {time}:</translation>
    </message>
</context>
<context>
    <name>ForeignSection</name>
    <message>
        <source>&amp;Name (Latin letters):</source>
        <translation>&amp;Наименование (латиницей):</translation>
    </message>
    <message>
        <source>Acc&amp;ount or IBAN:</source>
        <translation>С&amp;чёт или IBAN:</translation>
    </message>
    <message>
        <source>Bank&apos;s S&amp;WIFT BIC:</source>
        <translation>S&amp;WIFT БИК банка:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Add&amp;ress (Latin letters):</source>
        <translation>А&amp;дрес (латиницей):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>Intermediary ban&amp;k&apos;s BIC:</source>
        <translation>БИК &amp;банка-посредника:</translation>
    </message>
    <message>
        <source>OUR: all charges are yours</source>
        <translation>OUR: все комиссии за ваш счёт</translation>
    </message>
    <message>
        <source>SHA: each side pays its bank</source>
        <translation>SHA: каждая сторона платит своему банку</translation>
    </message>
    <message>
        <source>BEN: the beneficiary pays all charges</source>
        <translation>BEN: все комиссии за счёт получателя</translation>
    </message>
    <message>
        <source>C&amp;harges:</source>
        <translation>&amp;Комиссии:</translation>
    </message>
    <message>
        <source>Contract re&amp;gistration No.:</source>
        <translation>&amp;Учётный номер договора:</translation>
    </message>
    <message>
        <source>The contract&apos;s registration number, required above the equivalent of USD 50 000</source>
        <translation>Учётный номер договора, обязателен свыше эквивалента 50 000 долларов США</translation>
    </message>
    <message>
        <source>A company abroad is usually 27 (non-resident, non-state)</source>
        <translation>Иностранная компания обычно 27 (нерезидент, негосударственная)</translation>
    </message>
    <message>
        <source>accounts are IBANs</source>
        <translation>счета в формате IBAN</translation>
    </message>
    <message>
        <source>accounts are numbers, not IBANs</source>
        <translation>счета — номера, не IBAN</translation>
    </message>
    <message>
        <source>2 letters, e.g. DE Germany, CN China, US United States</source>
        <translation>2 буквы, например DE Германия, CN Китай, US США</translation>
    </message>
    <message>
        <source>A&amp;mount, {currency}:</source>
        <translation>С&amp;умма, {currency}:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>How to</source>
        <translation>Как сделать</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>Поиск по справке</translation>
    </message>
    <message>
        <source>No topic has these words.</source>
        <translation>Ни в одном разделе нет этих слов.</translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation>Справка: {title}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The client is locked</source>
        <translation>Клиент заблокирован</translation>
    </message>
    <message>
        <source>Nobody has used the client for {minutes} min, so its windows are hidden. What you have typed is kept.</source>
        <translation>Клиентом не пользовались {minutes} мин, поэтому его окна скрыты. Всё, что вы ввели, сохранено.</translation>
    </message>
    <message>
        <source>Type your password for the bank to go on.</source>
        <translation>Чтобы продолжить, введите свой пароль для банка.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Type your password, then choose Unlock.</source>
        <translation>Введите пароль и нажмите «Разблокировать».</translation>
    </message>
    <message>
        <source>Asking the bank to check the password…</source>
        <translation>Банк проверяет пароль…</translation>
    </message>
    <message>
        <source>The password is wrong. Tries left before the bank blocks the user: {tries}. Check the keyboard layout and Caps Lock.</source>
        <translation>Пароль неверный. Осталось попыток до блокировки пользователя банком: {tries}. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the bank has blocked the user until {until} and ended the session. Sign out: what the open documents hold is saved as drafts.</source>
        <translation>Слишком много неверных паролей: банк заблокировал пользователя до {until} и завершил сеанс. Выйдите: содержимое открытых документов сохранится как черновики.</translation>
    </message>
    <message>
        <source>The bank has blocked the user and ended the session. Sign out: what the open documents hold is saved as drafts; call the bank on its official number.</source>
        <translation>Банк заблокировал пользователя и завершил сеанс. Выйдите: содержимое открытых документов сохранится как черновики; позвоните в банк по его официальному номеру.</translation>
    </message>
    <message>
        <source>While the client was locked, the bank ended your session. Sign in again: what the open documents hold is saved as drafts first, and you find them in the list after signing in.</source>
        <translation>Пока клиент был заблокирован, банк завершил ваш сеанс. Войдите снова: содержимое открытых документов сначала сохранится как черновики, после входа вы найдёте их в списке.</translation>
    </message>
    <message>
        <source>Your session with the bank has ended</source>
        <translation>Ваш сеанс с банком завершён</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Войти снова</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Дата валютирования</translation>
    </message>
    <message>
        <source>Payer&apos;s IIK</source>
        <translation>ИИК плательщика</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>KBe</source>
        <translation>Кбе</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение платежа</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>KBK</source>
        <translation>КБК</translation>
    </message>
    <message>
        <source>[changed]</source>
        <translation>[изменён]</translation>
    </message>
    <message>
        <source>[new]</source>
        <translation>[новый]</translation>
    </message>
    <message>
        <source>Line {line} ({key}): {message}</source>
        <translation>Строка {line} ({key}): {message}</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Строка {line}: {message}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Import payment orders from 1C</source>
        <translation>Импорт платёжных поручений из 1С</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose the file of payment orders that 1C exported for the bank (1CClientBankExchange, Windows-1251 or UTF-8).</source>
        <translation>Выберите файл платёжных поручений, выгруженный из 1С для банка (1CClientBankExchange, Windows-1251 или UTF-8).</translation>
    </message>
    <message>
        <source>&amp;View it in the statement window</source>
        <translation>&amp;Посмотреть в окне выписки</translation>
    </message>
    <message>
        <source>Problems, by line of the file:</source>
        <translation>Ошибки по строкам файла:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>1C exchange files (*.txt);;All files (*)</source>
        <translation>Файлы обмена 1С (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n documents in the file</source>
        <translation>
            <numerusform>В файле %n документ</numerusform>
            <numerusform>В файле %n документа</numerusform>
            <numerusform>В файле %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>{in_file}: {valid} valid, {invalid} with problems. Only the valid ones are imported; correct the others in 1C and export them again.</source>
        <translation>{in_file}: верных {valid}, с ошибками {invalid}. Импортируются только верные; остальные исправьте в 1С и выгрузите снова.</translation>
    </message>
    <message>
        <source>{in_file}, all valid.</source>
        <translation>{in_file}, все верные.</translation>
    </message>
    <message>
        <source>Order {number}, to check: {problem}</source>
        <translation>Поручение № {number}, проверьте: {problem}</translation>
    </message>
    <message>
        <source>No problems found. Check these before signing (they do not stop the import):</source>
        <translation>Ошибок не найдено. Перед подписью проверьте (импорту это не мешает):</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid orders as drafts</source>
        <translation>
            <numerusform>Импортировать %n верное поручение как черновик</numerusform>
            <numerusform>Импортировать %n верных поручения как черновики</numerusform>
            <numerusform>Импортировать %n верных поручений как черновики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders were imported as drafts and are in the payment list.</source>
        <translation>
            <numerusform>%n поручение импортировано как черновик и есть в списке платежей.</numerusform>
            <numerusform>%n поручения импортированы как черновики и есть в списке платежей.</numerusform>
            <numerusform>%n поручений импортированы как черновики и есть в списке платежей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were left out.</source>
        <translation>
            <numerusform>%n не импортировано.</numerusform>
            <numerusform>%n не импортированы.</numerusform>
            <numerusform>%n не импортированы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Order {number}: {problem}</source>
        <translation>Поручение № {number}: {problem}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ошибок не найдено.</translation>
    </message>
    <message>
        <source>Import valid orders as drafts</source>
        <translation>Импортировать поручения без ошибок как черновики</translation>
    </message>
    <message>
        <source>No valid order to import</source>
        <translation>Нет поручений без ошибок для импорта</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>No order was imported.</source>
        <translation>Ни одно поручение не импортировано.</translation>
    </message>
    <message>
        <source>Checking the orders: {count} of {total} documents checked…</source>
        <translation>Проверка поручений: проверено документов — {count} из {total}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>My journal at the bank</source>
        <translation>Мой журнал в банке</translation>
    </message>
    <message>
        <source>Everything done under your login, as the bank recorded it. If you see a sign-in, a failed attempt or a document that was not you, block your access (Session menu) and call the bank.</source>
        <translation>Всё, что сделано под вашим логином, как записал банк. Если видите вход, неудачную попытку или документ, которые были не вами, заблокируйте свой доступ (меню «Сеанс») и позвоните в банк.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Which actions</source>
        <translation>Какие действия</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Sign-ins and sign-outs</source>
        <translation>Входы и выходы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Только отказы</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Find a word, a date or an address</source>
        <translation>Найти слово, дату или адрес</translation>
    </message>
    <message>
        <source>Find in the journal</source>
        <translation>Поиск в журнале</translation>
    </message>
    <message>
        <source>Every &amp;request, reading too</source>
        <translation>Все &amp;запросы, включая чтение</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Reading the journal from the bank…</source>
        <translation>Журнал читается из банка…</translation>
    </message>
</context>
<context>
    <name>KeyActOffer</name>
    <message>
        <source>Print the key certificate act in two copies: you and the head of the company sign them, put the company&apos;s stamp and take them to the bank&apos;s branch. The bank&apos;s officer compares the key&apos;s fingerprint on the act with your request and then issues the certificate.</source>
        <translation>Распечатайте акт признания открытого ключа ЭЦП в двух экземплярах: их подписываете вы и руководитель организации, поставьте печать организации и отнесите их в отделение банка. Сотрудник банка сверит отпечаток ключа в акте с вашим запросом и затем выпустит сертификат.</translation>
    </message>
    <message>
        <source>&amp;Save the act as PDF…</source>
        <translation>&amp;Сохранить акт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the act…</source>
        <translation>&amp;Распечатать акт…</translation>
    </message>
    <message>
        <source>Save the key certificate act as PDF</source>
        <translation>Сохранить акт признания открытого ключа ЭЦП в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the act to {path}…</source>
        <translation>Акт сохраняется в {path}…</translation>
    </message>
    <message>
        <source>The act was saved to {path}. Print it, sign it and take it to the branch.</source>
        <translation>Акт сохранён в {path}. Распечатайте его, подпишите и отнесите в отделение.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder, then save again.</source>
        <translation>Не удалось записать файл ({error}). Выберите другую папку и сохраните снова.</translation>
    </message>
    <message>
        <source>The act was not saved to {path}. {reason}</source>
        <translation>Акт не сохранён в {path}. {reason}</translation>
    </message>
    <message>
        <source>Print the key certificate act</source>
        <translation>Печать акта признания открытого ключа ЭЦП</translation>
    </message>
    <message>
        <source>The act could not be printed: the printer did not accept it. Check the printer, or save the act as PDF and print the file.</source>
        <translation>Акт не удалось распечатать: принтер его не принял. Проверьте принтер или сохраните акт в PDF и распечатайте файл.</translation>
    </message>
    <message>
        <source>The act was sent to the printer {printer}.</source>
        <translation>Акт отправлен на принтер {printer}.</translation>
    </message>
</context>
<context>
    <name>KeyCompromiseAction</name>
    <message>
        <source>My &amp;key is compromised…</source>
        <translation>Мой &amp;ключ скомпрометирован…</translation>
    </message>
    <message>
        <source>My key is compromised</source>
        <translation>Мой ключ скомпрометирован</translation>
    </message>
    <message>
        <source>The bank will revoke the certificate of your signing key at once: from then on it accepts nothing signed with this key, not even documents signed but not yet sent. The old key is removed from the carrier and a new one is made; the bank issues its certificate after you sign the act at the branch, and until then you cannot sign. Revoke the key now?</source>
        <translation>Банк немедленно отзовёт сертификат вашего ключа подписи: после этого он не примет ничего, подписанного этим ключом, даже подписанные, но ещё не отправленные документы. Старый ключ будет удалён с носителя, и будет создан новый; банк выдаст его сертификат после того, как вы подпишете акт в отделении, а до тех пор подписывать нельзя. Отозвать ключ сейчас?</translation>
    </message>
    <message>
        <source>Revoke my key</source>
        <translation>Отозвать мой ключ</translation>
    </message>
</context>
<context>
    <name>KeyCompromiseDialog</name>
    <message>
        <source>My key is compromised</source>
        <translation>Мой ключ скомпрометирован</translation>
    </message>
    <message>
        <source>A new signing key instead of the compromised one</source>
        <translation>Новый ключ подписи вместо скомпрометированного</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Revoke the certificate at the bank</source>
        <translation>Отозвать сертификат в банке</translation>
    </message>
    <message>
        <source>Remove the old key from the carrier</source>
        <translation>Удалить старый ключ с носителя</translation>
    </message>
    <message>
        <source>Make a new key on the carrier and send its request</source>
        <translation>Создать новый ключ на носителе и отправить заявку</translation>
    </message>
    <message>
        <source>Install the certificate the bank issues</source>
        <translation>Установить сертификат, выданный банком</translation>
    </message>
    <message>
        <source>The key carrier is not open, so nothing was revoked. Plug the carrier in, enter its PIN, then choose My key is compromised again; or call the bank to revoke the key.</source>
        <translation>Ключевой носитель не открыт, поэтому ничего не отозвано. Подключите носитель, введите его PIN-код и снова выберите «Мой ключ скомпрометирован» — или позвоните в банк, чтобы отозвать ключ.</translation>
    </message>
    <message>
        <source>Revoking the certificate at the bank…</source>
        <translation>Сертификат отзывается в банке…</translation>
    </message>
    <message>
        <source>The bank has revoked certificate {serial}: it accepts nothing signed with it from now on.</source>
        <translation>Банк отозвал сертификат {serial}: с этого момента он не принимает ничего, подписанного им.</translation>
    </message>
    <message>
        <source>Removing the old key from the carrier…</source>
        <translation>Старый ключ удаляется с носителя…</translation>
    </message>
    <message>
        <source>The old key was removed from the carrier.</source>
        <translation>Старый ключ удалён с носителя.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Сертификат отозван.</translation>
    </message>
    <message>
        <source>New key made on the carrier; request {id} sent.</source>
        <translation>Новый ключ создан на носителе; заявка {id} отправлена.</translation>
    </message>
    <message>
        <source>Waiting for the bank to issue the certificate.</source>
        <translation>Ожидается выдача сертификата банком.</translation>
    </message>
    <message>
        <source>Your request {id} waits for the bank. Sign the act for the new key at the branch; once the bank has approved it, choose Check again. Until then you cannot sign.</source>
        <translation>Ваша заявка {id} ждёт банка. Подпишите акт на новый ключ в отделении; когда банк его одобрит, нажмите «Проверить снова». До тех пор подписывать нельзя.</translation>
    </message>
    <message>
        <source>The key carrier is not open. Plug it in, enter its PIN, then choose Check again.</source>
        <translation>Ключевой носитель не открыт. Подключите его, введите PIN-код и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Asking the bank about request {id}…</source>
        <translation>Запрос в банк о заявке {id}…</translation>
    </message>
    <message>
        <source>The new key of request {id} is not on the plugged-in carrier. Plug in the carrier you made the key on, sign in again, then choose Check again.</source>
        <translation>Нового ключа заявки {id} нет на подключённом ключевом носителе. Подключите носитель, на котором создан ключ, войдите снова и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Certificate {serial} installed on the carrier.</source>
        <translation>Сертификат {serial} установлен на носитель.</translation>
    </message>
    <message>
        <source>Done: you sign with the new key from now on.</source>
        <translation>Готово: теперь вы подписываете новым ключом.</translation>
    </message>
    <message>
        <source>The bank has not approved request {id} yet. Sign the act at the branch, then check again later.</source>
        <translation>Банк ещё не одобрил заявку {id}. Подпишите акт в отделении и проверьте снова позже.</translation>
    </message>
    <message>
        <source>The key carrier is not open. Plug it in, enter its PIN, then choose My key is compromised again.</source>
        <translation>Ключевой носитель не открыт. Подключите его, введите PIN-код и снова выберите «Мой ключ скомпрометирован».</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>The key carrier holds no certificate from this bank yet. The client makes a new signing key on the carrier (the secret part never leaves it) and sends the bank a request for its certificate.</source>
        <translation>На носителе ключа пока нет сертификата этого банка. Программа создаст на носителе новый ключ подписи (секретная часть никогда его не покидает) и отправит в банк запрос на сертификат.</translation>
    </message>
    <message>
        <source>&amp;Make the key and send the request</source>
        <translation>&amp;Создать ключ и отправить запрос</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Making the key on the carrier and sending the request…</source>
        <translation>Создание ключа на носителе и отправка запроса…</translation>
    </message>
    <message>
        <source>Asking the bank for the certificate…</source>
        <translation>Запрос сертификата в банке…</translation>
    </message>
    <message>
        <source>Request {id} waits for the bank. Sign the key certificate act at your branch; once the bank has approved it, press Check again. You may also close the set-up and come back later.</source>
        <translation>Запрос {id} ожидает банк. Подпишите акт о сертификате ключа в отделении; когда банк его одобрит, нажмите «Проверить снова». Можно также закрыть настройку и вернуться позже.</translation>
    </message>
    <message>
        <source>The bank issued the certificate and it is on the carrier: {owner}, valid {start} to {end}, issued by {issuer}.</source>
        <translation>Банк выдал сертификат, он записан на носитель: {owner}, действует с {start} по {end}, издатель: {issuer}.</translation>
    </message>
</context>
<context>
    <name>KeyWaitingBar</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Your new signing key waits for the bank&apos;s approval of request {id}: until then nothing can be signed, so sign the act for the new key at the branch and then press Check again.</source>
        <translation>Ваш новый ключ подписи ждёт одобрения банком заявки {id}: до этого ничего нельзя подписать, поэтому подпишите акт на новый ключ в отделении, а затем нажмите «Проверить снова».</translation>
    </message>
</context>
<context>
    <name>KnpHint</name>
    <message>
        <source>KNP {code} is not in the directory of payment purpose codes. Check the code; you can still sign.</source>
        <translation>КНП {code} нет в справочнике кодов назначения платежа. Проверьте код; подписать документ можно.</translation>
    </message>
    <message numerus="yes">
        <source>KNP {code} is not in the client&apos;s directory of %n codes, which is not complete. Check the code against the National Bank&apos;s list; you can still sign.</source>
        <translation>
            <numerusform>КНП {code} нет в справочнике клиента из %n кода, а он неполный. Сверьте код со списком Национального Банка; подписать всё равно можно.</numerusform>
            <numerusform>КНП {code} нет в справочнике клиента из %n кодов, а он неполный. Сверьте код со списком Национального Банка; подписать всё равно можно.</numerusform>
            <numerusform>КНП {code} нет в справочнике клиента из %n кодов, а он неполный. Сверьте код со списком Национального Банка; подписать всё равно можно.</numerusform>
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
        <translation>Добро пожаловать в Интернет-Клиент</translation>
    </message>
    <message>
        <source>This set-up connects the client to your bank and your key carrier. Keep at hand the bank&apos;s letter with the server&apos;s fingerprint, your PIN envelope and the key carrier.</source>
        <translation>Эта настройка подключает программу к вашему банку и носителю ключа. Приготовьте письмо банка с отпечатком сервера, ПИН-конверт и носитель ключа.</translation>
    </message>
    <message>
        <source>Choose the language of the windows:</source>
        <translation>Выберите язык окон:</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The key of the local document store is no longer in this computer&apos;s credential store, so the documents kept on this computer cannot be read. The unreadable file was moved to {set_aside}.</source>
        <translation>Ключа локального хранилища документов больше нет в хранилище учётных данных этого компьютера, поэтому документы на этом компьютере прочитать нельзя. Нечитаемый файл перемещён в {set_aside}.</translation>
    </message>
    <message>
        <source>The local document store {path} is damaged (or was encrypted with another key) and cannot be read. The damaged file was moved to {set_aside}; nothing was deleted.</source>
        <translation>Локальное хранилище документов {path} повреждено (или зашифровано другим ключом) и не читается. Повреждённый файл перемещён в {set_aside}; ничего не удалено.</translation>
    </message>
    <message>
        <source>The local document store {path} is suddenly empty: the file has no data at all, though documents were kept in it. The empty file was moved to {set_aside}.</source>
        <translation>Локальное хранилище документов {path} внезапно оказалось пустым: в файле нет данных, хотя в нём хранились документы. Пустой файл перемещён в {set_aside}.</translation>
    </message>
    <message>
        <source>The local document store {path} is gone: documents were kept in it, but the file is no longer there.</source>
        <translation>Локальное хранилище документов {path} пропало: в нём хранились документы, но файла больше нет.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>The key carrier was removed</source>
        <translation>Носитель ключа извлечён</translation>
    </message>
    <message>
        <source>The session is locked: nothing can be signed or sent, and your windows stay hidden until the carrier is back. What you have typed is kept.</source>
        <translation>Сеанс заблокирован: пока носитель не вернётся, ничего нельзя подписать или отправить, а ваши окна скрыты. Всё, что вы ввели, сохранено.</translation>
    </message>
    <message>
        <source>Insert the key carrier and enter its PIN to go on.</source>
        <translation>Чтобы продолжить, вставьте носитель ключа и введите его ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Enter the PIN…</source>
        <translation>&amp;Ввести ПИН-код…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Waiting for the key carrier…</source>
        <translation>Ожидание носителя ключа…</translation>
    </message>
    <message>
        <source>The key carrier is back: enter its PIN.</source>
        <translation>Носитель ключа снова подключён: введите его ПИН-код.</translation>
    </message>
    <message>
        <source>This is another key carrier (serial {found}). Insert the carrier you signed in with (serial {expected}) and enter its PIN, or sign out.</source>
        <translation>Это другой носитель ключа (серийный номер {found}). Вставьте носитель, с которым вы вошли (серийный номер {expected}), и введите его ПИН-код, или выйдите из системы.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>The bank never asks for your password, codes or key carrier by phone, e-mail or messenger.</source>
        <translation>Банк никогда не запрашивает ваш пароль, коды или носитель ключа по телефону, электронной почте или в мессенджерах.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>чтение…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one in the bank&apos;s letter before you type your password.</source>
        <translation>Прежде чем вводить пароль, сверьте этот отпечаток с отпечатком в письме банка.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Bank server:</source>
        <translation>Сервер банка:</translation>
    </message>
    <message>
        <source>Bank CA:</source>
        <translation>УЦ банка:</translation>
    </message>
    <message>
        <source>Sign in to the bank</source>
        <translation>Вход в систему банка</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>The bank&apos;s CA certificate cannot be read; the connection cannot be checked. Ask IT staff to set it up again.</source>
        <translation>Не удаётся прочитать сертификат УЦ банка, поэтому соединение невозможно проверить. Попросите IT-специалистов установить его заново.</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translation>Подключение к банку…</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>First sign-in</source>
        <translation>Первый вход</translation>
    </message>
    <message>
        <source>The bank never asks for your password, one-time codes or key carrier by phone, e-mail or messenger, and never sends anyone to collect them. If someone asks, tell them nothing and call the bank on its official number.</source>
        <translation>Банк никогда не запрашивает ваш пароль, одноразовые коды или носитель ключа по телефону, электронной почте или в мессенджере и никого не присылает за ними. Если кто-то просит, ничего не сообщайте и позвоните в банк по официальному номеру.</translation>
    </message>
    <message>
        <source>Type the login and the password from your PIN envelope.</source>
        <translation>Введите логин и пароль из ПИН-конверта.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translation>Подключение к банку…</translation>
    </message>
    <message>
        <source>The key carrier signs the bank&apos;s login challenge…</source>
        <translation>Носитель ключа подписывает запрос банка на вход…</translation>
    </message>
    <message>
        <source>You are not signed in: the one-time code was not confirmed. Sign in again.</source>
        <translation>Вход не выполнен: одноразовый код не подтверждён. Войдите снова.</translation>
    </message>
    <message>
        <source>Signed in as {name}, {company}.</source>
        <translation>Вход выполнен: {name}, {company}.</translation>
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
        <translation>Размер файла {name} — {size}; банк принимает вложения размером не более {limit} каждое. Уберите его из письма либо сожмите или разделите на части и вложите их.</translation>
    </message>
    <message>
        <source>The attachments together are {size}; the bank accepts up to {limit} in one letter. Remove some and send them in another letter.</source>
        <translation>Общий размер вложений — {size}; банк принимает не более {limit} в одном письме. Уберите часть файлов и отправьте их другим письмом.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check that it exists and that you may open it.</source>
        <translation>Не удаётся прочитать файл {path} ({reason}). Проверьте, что он существует и у вас есть право его открыть.</translation>
    </message>
    <message>
        <source>Write the letter&apos;s subject: the bank files letters by it.</source>
        <translation>Укажите тему письма: по ней банк распределяет письма.</translation>
    </message>
    <message>
        <source>The subject is too long (characters: {length}); shorten it to {limit}.</source>
        <translation>Тема слишком длинная (символов: {length}); сократите её до {limit}.</translation>
    </message>
    <message>
        <source>The bank could not verify the letter&apos;s signature, so it did not take the letter. Send it again; if this repeats, call the bank.</source>
        <translation>Банк не смог проверить подпись письма и не принял его. Отправьте письмо ещё раз; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank does not accept the certificate of your signing key, so it did not take the letter. Request a new key certificate.</source>
        <translation>Банк не принимает сертификат вашего ключа ЭЦП, поэтому письмо не принято. Запросите новый сертификат ключа.</translation>
    </message>
    <message>
        <source>The certificate of your signing key has been revoked, so the bank did not take the letter. Request a new key certificate.</source>
        <translation>Сертификат вашего ключа ЭЦП отозван, поэтому банк не принял письмо. Запросите новый сертификат ключа.</translation>
    </message>
    <message>
        <source>The signing key belongs to someone who is not a user of your company, so the bank did not take the letter.</source>
        <translation>Ключ ЭЦП принадлежит лицу, которое не является пользователем вашей компании, поэтому банк не принял письмо.</translation>
    </message>
    <message>
        <source>The bank could not read the letter and did not take it. If this repeats, call the bank.</source>
        <translation>Банк не смог прочитать письмо и не принял его. Если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank already holds another letter under this letter&apos;s identifier. Write the letter again as a new one.</source>
        <translation>В банке уже есть другое письмо с тем же идентификатором. Напишите письмо заново как новое.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer about the letter could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Не удалось прочитать ответ банка о письме. Повторите попытку; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The attachment {name} arrived damaged: it is not the file the bank named. Try again; if this repeats, call the bank.</source>
        <translation>Вложение {name} получено повреждённым: это не тот файл, который указал банк. Повторите попытку; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The attachment could not be saved as {path} ({reason}). Choose another folder.</source>
        <translation>Не удалось сохранить вложение как {path} ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>An attached file needs a name.</source>
        <translation>У прикреплённого файла должно быть имя.</translation>
    </message>
    <message>
        <source>The file name {name} is longer than {limit} characters; rename the file.</source>
        <translation>Имя файла {name} длиннее {limit} символов; переименуйте файл.</translation>
    </message>
    <message>
        <source>The file name {name} holds invisible control characters; rename the file.</source>
        <translation>В имени файла {name} есть невидимые управляющие символы; переименуйте файл.</translation>
    </message>
    <message>
        <source>The file name {name} holds one of the characters / \ : * ? &quot; &lt; &gt; |; rename the file.</source>
        <translation>В имени файла {name} есть один из символов / \ : * ? &quot; &lt; &gt; |; переименуйте файл.</translation>
    </message>
    <message>
        <source>{name} cannot be a file name on every computer (a reserved name, or it ends in a dot or a space); rename the file.</source>
        <translation>{name} не может быть именем файла на любом компьютере (зарезервированное имя или оно кончается точкой или пробелом); переименуйте файл.</translation>
    </message>
</context>
<context>
    <name>MailCompose</name>
    <message>
        <source>New letter to the bank</source>
        <translation>Новое письмо в банк</translation>
    </message>
    <message>
        <source>What the letter is about</source>
        <translation>О чём письмо</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Your letter to the bank</source>
        <translation>Ваше письмо в банк</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Вложить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Sign and &amp;send</source>
        <translation>Подписать и &amp;отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>{name} — {size}</source>
        <translation>{name} — {size}</translation>
    </message>
    <message>
        <source>Attached: {total} of {letter_limit} a letter may carry; up to {file_limit} a file.</source>
        <translation>Вложено: {total} из {letter_limit}, допустимых для письма; не более {file_limit} на файл.</translation>
    </message>
    <message>
        <source>No files attached. A letter may carry up to {letter_limit}, up to {file_limit} a file.</source>
        <translation>Файлы не вложены. В письмо можно вложить до {letter_limit}, не более {file_limit} на файл.</translation>
    </message>
    <message>
        <source>Signing the letter on the key carrier…</source>
        <translation>Подписание письма на носителе ключа…</translation>
    </message>
    <message>
        <source>Sending the letter to the bank…</source>
        <translation>Отправка письма в банк…</translation>
    </message>
    <message>
        <source>Bank mail</source>
        <translation>Переписка с банком</translation>
    </message>
    <message>
        <source>The letter has not been sent. Throw away what you wrote?</source>
        <translation>Письмо не отправлено. Удалить написанное?</translation>
    </message>
</context>
<context>
    <name>MailCounter</name>
    <message>
        <source>Unread letters from the bank: {count}. Open Mail to read them.</source>
        <translation>Непрочитанных писем из банка: {count}. Откройте «Письма», чтобы прочитать их.</translation>
    </message>
    <message>
        <source>&amp;Mail ({count})</source>
        <translation>&amp;Письма ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Bank mail: %n unread letters</source>
        <translation>
            <numerusform>Почта банка: %n непрочитанное письмо</numerusform>
            <numerusform>Почта банка: %n непрочитанных письма</numerusform>
            <numerusform>Почта банка: %n непрочитанных писем</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Письма</translation>
    </message>
    <message>
        <source>Bank mail: letters to and from the bank</source>
        <translation>Переписка с банком: письма в банк и из банка</translation>
    </message>
</context>
<context>
    <name>MailWindow</name>
    <message>
        <source>Bank mail — {company}</source>
        <translation>Переписка с банком — {company}</translation>
    </message>
    <message>
        <source>&amp;New letter</source>
        <translation>&amp;Новое письмо</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>О&amp;тветить</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Asking the bank for the letters…</source>
        <translation>Запрос писем в банке…</translation>
    </message>
    <message>
        <source>Letters updated at {time}</source>
        <translation>Письма обновлены в {time}</translation>
    </message>
    <message>
        <source>Inbox ({count})</source>
        <translation>Входящие ({count})</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Сохранение {name}…</translation>
    </message>
    <message>
        <source>Saved {name} as {path}</source>
        <translation>Файл {name} сохранён как {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Платёжные поручения</translation>
    </message>
    <message>
        <source>{login} at {server}</source>
        <translation>{login} на {server}</translation>
    </message>
    <message>
        <source>&amp;New payment order</source>
        <translation>&amp;Новое платёжное поручение</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>St&amp;atement…</source>
        <translation>&amp;Выписка…</translation>
    </message>
    <message>
        <source>&amp;Import from 1C…</source>
        <translation>&amp;Импорт из 1С…</translation>
    </message>
    <message>
        <source>&amp;Sign and send selected…</source>
        <translation>Подписать и о&amp;тправить выбранные…</translation>
    </message>
    <message>
        <source>Sign the selected drafts with your key carrier and send them to the bank</source>
        <translation>Подписать выбранные черновики носителем ключа и отправить их в банк</translation>
    </message>
    <message>
        <source>&amp;Directories…</source>
        <translation>&amp;Справочники…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить в PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Письма</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БИН {bin}</translation>
    </message>
    <message>
        <source>Signing key: &lt;b&gt;{owner}&lt;/b&gt;&lt;br&gt;valid {start} to {end}</source>
        <translation>Ключ ЭЦП: &lt;b&gt;{owner}&lt;/b&gt;&lt;br&gt;действует с {start} по {end}</translation>
    </message>
    <message>
        <source>No signing key: documents can be viewed, not signed.</source>
        <translation>Нет ключа ЭЦП: документы можно просматривать, но не подписывать.</translation>
    </message>
    <message>
        <source>Asking the bank for the accounts…</source>
        <translation>Запрос счетов в банке…</translation>
    </message>
    <message>
        <source>Accounts updated at {time}</source>
        <translation>Счета обновлены в {time}</translation>
    </message>
    <message>
        <source>Directories updated from the bank: {list}.</source>
        <translation>Справочники обновлены из банка: {list}.</translation>
    </message>
    <message>
        <source>{directory} (version {version})</source>
        <translation>{directory} (версия {version})</translation>
    </message>
    <message>
        <source>Select drafts in the payment list first (Ctrl or Shift and click, Ctrl+A for all), then choose Sign and send selected.</source>
        <translation>Сначала выберите черновики в списке платежей (щелчок с Ctrl или Shift, Ctrl+A — все), затем выберите «Подписать и отправить выбранные».</translation>
    </message>
</context>
<context>
    <name>NewKindMenu</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>Соз&amp;дать</translation>
    </message>
</context>
<context>
    <name>OnBehalfPart</name>
    <message>
        <source>On behalf of another person: the actual payer or beneficiary</source>
        <translation>От имени другого лица: фактический плательщик или получатель</translation>
    </message>
    <message>
        <source>Actual payer (if not your company)</source>
        <translation>Фактический плательщик (если не ваша компания)</translation>
    </message>
    <message>
        <source>Actual beneficiary (if not the beneficiary)</source>
        <translation>Фактический получатель (если не бенефициар)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>IIN/BIN:</source>
        <translation>ИИН/БИН:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>For a non-resident: 2 letters, e.g. RU; empty for Kazakhstan</source>
        <translation>Для нерезидента: 2 буквы, например RU; для Казахстана оставьте пустым</translation>
    </message>
</context>
<context>
    <name>OneTimeCodeDialog</name>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>The bank never asks for this code by phone, e-mail or messenger. Type it only here.</source>
        <translation>Банк никогда не запрашивает этот код по телефону, электронной почте или в мессенджерах. Вводите его только здесь.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The code lets you sign in without the key carrier&apos;s proof.</source>
        <translation>Код позволяет войти без подтверждения ключевым носителем.</translation>
    </message>
    <message>
        <source>The code confirms your new password.</source>
        <translation>Код подтверждает ваш новый пароль.</translation>
    </message>
    <message>
        <source>The code confirms the payment you are sending.</source>
        <translation>Код подтверждает отправляемый вами платёж.</translation>
    </message>
    <message>
        <source>The bank sent a one-time code to your phone {phone}. Type it before {until}.</source>
        <translation>Банк отправил одноразовый код на ваш телефон {phone}. Введите его до {until}.</translation>
    </message>
    <message>
        <source>Asking the bank…</source>
        <translation>Запрос в банк…</translation>
    </message>
</context>
<context>
    <name>OrderPaper</name>
    <message>
        <source>Select a payment order in the list first, then save or print it.</source>
        <translation>Сначала выберите платёжное поручение в списке, затем сохраните или распечатайте его.</translation>
    </message>
    <message>
        <source>Save the payment order as PDF</source>
        <translation>Сохранить платёжное поручение в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving payment order {number} as PDF to {path}…</source>
        <translation>Платёжное поручение № {number} сохраняется в PDF: {path}…</translation>
    </message>
    <message>
        <source>Payment order {number} was saved as PDF to {path}.</source>
        <translation>Платёжное поручение № {number} сохранено в PDF: {path}.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder or free some space, then save again.</source>
        <translation>Не удалось записать файл ({error}). Выберите другую папку или освободите место на диске и сохраните снова.</translation>
    </message>
    <message>
        <source>Payment order {number} was not saved as PDF to {path}. {reason}</source>
        <translation>Платёжное поручение № {number} не сохранено в PDF: {path}. {reason}</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the order as PDF and print the file.</source>
        <translation>Печать здесь недоступна. Сохраните поручение в PDF и распечатайте файл.</translation>
    </message>
    <message>
        <source>Print payment order {number}</source>
        <translation>Печать платёжного поручения № {number}</translation>
    </message>
    <message>
        <source>Payment order {number} could not be printed: the printer did not accept it. Check the printer, or save the order as PDF and print the file.</source>
        <translation>Не удалось распечатать платёжное поручение № {number}: принтер его не принял. Проверьте принтер или сохраните поручение в PDF и распечатайте файл.</translation>
    </message>
    <message>
        <source>Payment order {number} was sent to the printer {printer}.</source>
        <translation>Платёжное поручение № {number} отправлено на принтер {printer}.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>A password only you know</source>
        <translation>Пароль, который знаете только вы</translation>
    </message>
    <message>
        <source>The bank has changed your password. Keep it secret; the bank will never ask for it.</source>
        <translation>Банк сменил ваш пароль. Храните его в тайне: банк никогда его не спросит.</translation>
    </message>
</context>
<context>
    <name>Payees</name>
    <message>
        <source>Account {iban} was paid to {was_name}, BIN {was_bin}, on {date}; now the BIN is {bin}. Confirm the details with the beneficiary by phone.</source>
        <translation>На счёт {iban} {date} платили {was_name}, БИН {was_bin}; теперь БИН {bin}. Подтвердите реквизиты у получателя по телефону.</translation>
    </message>
    <message>
        <source>Account {iban} was paid to {was_name} on {date}; now the name is {name}. Confirm the details with the beneficiary by phone.</source>
        <translation>На счёт {iban} {date} платили {was_name}; теперь наименование {name}. Подтвердите реквизиты у получателя по телефону.</translation>
    </message>
    <message>
        <source>The account of {name} changed since your payment of {date}: was {was}, now {now}. Confirm it with the beneficiary by phone before signing.</source>
        <translation>Счёт {name} изменился после вашего платежа от {date}: был {was}, теперь {now}. Перед подписью подтвердите его у получателя по телефону.</translation>
    </message>
    <message>
        <source>New beneficiary: {name} has not been paid from this client before.</source>
        <translation>Новый получатель: {name} ещё не получал платежей из этого клиента.</translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <source>Payment order</source>
        <translation>Платёжное поручение</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Value date:</source>
        <translation>Дата &amp;валютирования:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Счёт:</translation>
    </message>
    <message>
        <source>KO&amp;d:</source>
        <translation>К&amp;Од:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>&amp;IIN/BIN:</source>
        <translation>&amp;ИИН/БИН:</translation>
    </message>
    <message>
        <source>II&amp;K:</source>
        <translation>ИИ&amp;К:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;БИК:</translation>
    </message>
    <message>
        <source>KB&amp;e:</source>
        <translation>Кб&amp;е:</translation>
    </message>
    <message>
        <source>A&amp;mount, KZT:</source>
        <translation>С&amp;умма, KZT:</translation>
    </message>
    <message>
        <source>KN&amp;P:</source>
        <translation>КН&amp;П:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>На&amp;значение платежа:</translation>
    </message>
    <message>
        <source>Residency (1 resident, 2 non-resident) and sector, e.g. 17</source>
        <translation>Признак резидентства (1 — резидент, 2 — нерезидент) и сектор экономики, например 17</translation>
    </message>
    <message>
        <source>Payment purpose code, e.g. 710 for goods</source>
        <translation>Код назначения платежа, например 710 — оплата за товары</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Подписать и отправить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>{iban} · available {amount} {currency}</source>
        <translation>{iban} · доступно {amount} {currency}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to fill in or correct. &lt;a href=&quot;#&quot;&gt;Show&lt;/a&gt;</source>
        <translation>
            <numerusform>%n поле нужно заполнить или исправить. &lt;a href=&quot;#&quot;&gt;Показать&lt;/a&gt;</numerusform>
            <numerusform>%n поля нужно заполнить или исправить. &lt;a href=&quot;#&quot;&gt;Показать&lt;/a&gt;</numerusform>
            <numerusform>%n полей нужно заполнить или исправить. &lt;a href=&quot;#&quot;&gt;Показать&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Your right at the bank does not let you sign a new document; a user with the single or first signature right signs it.</source>
        <translation>Ваше право в банке не позволяет подписать новый документ; его подписывает пользователь с правом единственной или первой подписи.</translation>
    </message>
    <message>
        <source>Send to the bank</source>
        <translation>Отправить в банк</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>The bank&apos;s reason: {reason}</source>
        <translation>Причина, указанная банком: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Bank&apos;s reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>{status} at the bank&apos;s rate of 1 {base} = {value} {quote}.</source>
        <translation>{status} по курсу банка: 1 {base} = {value} {quote}.</translation>
    </message>
</context>
<context>
    <name>PaymentListView</name>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Number, beneficiary, IIN/BIN, purpose or amount</source>
        <translation>Номер, получатель, ИИН/БИН, назначение или сумма</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Dated &amp;from</source>
        <translation>Дата &amp;от</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>д&amp;о</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Looking through the documents…</source>
        <translation>Просматриваем документы…</translation>
    </message>
    <message>
        <source>Documents: {total}</source>
        <translation>Документы: {total}</translation>
    </message>
    <message>
        <source>Documents: {shown} of {total}</source>
        <translation>Документы: {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Key carrier</source>
        <translation>Ключевой носитель</translation>
    </message>
    <message>
        <source>Your signing key is on the key carrier. Type the carrier&apos;s PIN to use it.</source>
        <translation>Ваш ключ ЭЦП находится на носителе ключа. Чтобы им воспользоваться, введите ПИН-код носителя.</translation>
    </message>
    <message>
        <source>Looking for the key carrier…</source>
        <translation>Поиск носителя ключа…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Key carrier:</source>
        <translation>Носитель ключа:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН-код:</translation>
    </message>
    <message>
        <source>{label} (serial {serial})</source>
        <translation>{label} (серийный № {serial})</translation>
    </message>
    <message>
        <source>This key carrier has one PIN try left: a wrong PIN now locks it, and only the PUK code from your PIN envelope unlocks it. If you are not sure of the PIN, contact the bank&apos;s security officer first.</source>
        <translation>У этого носителя ключа осталась одна попытка ввода ПИН-кода: неверный ПИН-код сейчас заблокирует его, и разблокировать его сможет только PUK-код из ПИН-конверта. Если вы не уверены в ПИН-коде, сначала обратитесь в службу безопасности банка.</translation>
    </message>
    <message>
        <source>A wrong PIN was typed on this key carrier since it was last opened. Type the PIN carefully: after a few wrong PINs the carrier locks.</source>
        <translation>С тех пор как этот носитель ключа открывали в последний раз, на нём вводили неверный ПИН-код. Вводите ПИН-код внимательно: после нескольких неверных ПИН-кодов носитель блокируется.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <source>Type the PIN of the key carrier.</source>
        <translation>Введите ПИН-код носителя ключа.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PINs typed in this window: %n.</source>
        <translation>
            <numerusform>Неверных PIN-кодов введено в этом окне: %n.</numerusform>
            <numerusform>Неверных PIN-кодов введено в этом окне: %n.</numerusform>
            <numerusform>Неверных PIN-кодов введено в этом окне: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the key carrier…</source>
        <translation>Открытие носителя ключа…</translation>
    </message>
</context>
<context>
    <name>PrivateFolder</name>
    <message>
        <source>Other users of this computer may be able to read {path}, and it cannot be made private: it belongs to another account or the disk does not allow it. Ask IT staff to give only your account access to the client&apos;s data folder.</source>
        <translation>Другие пользователи этого компьютера, возможно, могут читать {path}, и закрыть доступ не удаётся: файл принадлежит другой учётной записи или диск этого не позволяет. Попросите ИТ-специалистов дать доступ к папке данных клиента только вашей учётной записи.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>The letter&apos;s text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>&amp;Save attachment…</source>
        <translation>&amp;Сохранить вложение…</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <source>From {sender}, {time}</source>
        <translation>От: {sender}, {time}</translation>
    </message>
    <message>
        <source>To the bank, signed by {sender}, {time}</source>
        <translation>В банк, подписал: {sender}, {time}</translation>
    </message>
    <message>
        <source>The bank rejected payment order No. {number}: {reason}</source>
        <translation>Банк отверг платёжное поручение № {number}: {reason}</translation>
    </message>
    <message>
        <source>Loading the letter…</source>
        <translation>Загрузка письма…</translation>
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
        <translation>Напишите, почему документ отзывается, например неверная сумма или получатель: банк хранит причину вместе с отзывом.</translation>
    </message>
    <message>
        <source>The reason may have at most {limit} characters; it has {count}. Shorten it.</source>
        <translation>Причина может содержать не более {limit} символов; в ней {count}. Сократите её.</translation>
    </message>
    <message>
        <source>Document {number} cannot be recalled: it is {status}. Only a document sent to the bank and not yet executed can be recalled.</source>
        <translation>Документ {number} нельзя отозвать: его статус — {status}. Отозвать можно только документ, отправленный в банк и ещё не исполненный.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer to the recall could not be read. Refresh the list to see whether the document was recalled.</source>
        <translation>Не удалось прочитать ответ банка на отзыв. Обновите список, чтобы увидеть, отозван ли документ.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall payment order {number}</source>
        <translation>Отзыв платёжного поручения {number}</translation>
    </message>
    <message>
        <source>Payment order {number} of {date} for {amount} {currency} to {beneficiary}. Status: {status}.</source>
        <translation>Платёжное поручение {number} от {date} на {amount} {currency}, получатель: {beneficiary}. Статус: {status}.</translation>
    </message>
    <message>
        <source>The bank recalls a document only while it has not executed it. The recall is signed with your key like a payment; the bank keeps the reason with it.</source>
        <translation>Банк отзывает документ, только пока не исполнил его. Отзыв подписывается вашим ключом, как платёж; банк хранит причину вместе с ним.</translation>
    </message>
    <message>
        <source>e.g. Wrong amount; a corrected order follows</source>
        <translation>например: неверная сумма, исправленное поручение будет отправлено</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Не больше %n символа.</numerusform>
            <numerusform>Не больше %n символов.</numerusform>
            <numerusform>Не больше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason for the recall:</source>
        <translation>&amp;Причина отзыва:</translation>
    </message>
    <message>
        <source>Sign and &amp;recall</source>
        <translation>Подписать и &amp;отозвать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Signing the recall on the key carrier…</source>
        <translation>Отзыв подписывается на ключевом носителе…</translation>
    </message>
    <message>
        <source>Sending the recall to the bank…</source>
        <translation>Отзыв отправляется в банк…</translation>
    </message>
    <message>
        <source>The bank recalled payment order {number}; it will not be paid. The amount held for it is available on the account again.</source>
        <translation>Банк отозвал платёжное поручение {number}; оно не будет оплачено. Удержанная по нему сумма снова доступна на счёте.</translation>
    </message>
    <message>
        <source>The bank answered that payment order {number} is {status}.</source>
        <translation>Банк ответил, что платёжное поручение {number} имеет статус «{status}».</translation>
    </message>
    <message>
        <source>The bank&apos;s answer did not arrive, so it is not known whether the document was recalled. {reason} Click Sign and recall again: a second recall of the same document is harmless.</source>
        <translation>Ответ банка не пришёл, поэтому неизвестно, отозван ли документ. {reason} Нажмите «Подписать и отозвать» ещё раз: повторный отзыв того же документа безвреден.</translation>
    </message>
    <message>
        <source>The document was not recalled. {reason}</source>
        <translation>Документ не отозван. {reason}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>The file {name} cannot be read ({reason}); check that it exists and you may open it.</source>
        <translation>Файл {name} не читается ({reason}); проверьте, что он существует и у вас есть право его открыть.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; split the registry into several orders.</source>
        <translation>Файл больше {limit} МБ; разделите реестр на несколько поручений.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns: IIN; full name; IIK; amount.</source>
        <translation>Файл пуст; первая строка должна называть столбцы: ИИН; ФИО; ИИК; сумма.</translation>
    </message>
    <message>
        <source>The first line must name the columns; it lacks: {columns}. Name them e.g. IIN; full name; IIK; amount.</source>
        <translation>Первая строка должна называть столбцы; не хватает: {columns}. Назовите их, например: ИИН; ФИО; ИИК; сумма.</translation>
    </message>
    <message>
        <source>It has {count} columns; the first line names {expected}.</source>
        <translation>В ней {count} столбцов; первая строка называет {expected}.</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported; problems in the file: {count}. Correct these lines and import it again.</source>
        <translation>Ничего не импортировано; ошибок в файле: {count}. Исправьте эти строки и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>The file names the columns but has no employees&apos; lines.</source>
        <translation>Файл называет столбцы, но строк с сотрудниками в нём нет.</translation>
    </message>
</context>
<context>
    <name>RegistrySection</name>
    <message>
        <source>Registry of employees</source>
        <translation>Реестр сотрудников</translation>
    </message>
</context>
<context>
    <name>RegistryTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Загрузить CSV…</translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 or Windows-1251, columns separated by ; or , and a first line naming them: IIN; full name; IIK; amount</source>
        <translation>Файл CSV в UTF-8 или Windows-1251, столбцы разделены ; или , а первая строка называет их: ИИН; ФИО; ИИК; сумма</translation>
    </message>
    <message>
        <source>Type the birth date as DD.MM.YYYY, e.g. 17.04.1985.</source>
        <translation>Введите дату рождения в виде ДД.ММ.ГГГГ, например 17.04.1985.</translation>
    </message>
    <message>
        <source>Type the month paid for as MM.YYYY, e.g. 10.2026 for October 2026.</source>
        <translation>Введите месяц, за который платите, в виде ММ.ГГГГ, например 10.2026 за октябрь 2026 года.</translation>
    </message>
    <message numerus="yes">
        <source>%n copied columns did not fit to the right and were left out: {columns} (counting from the first copied column). Start the paste in an earlier column, or copy fewer columns.</source>
        <translation>
            <numerusform>%n скопированный столбец не поместился в реестр справа и пропущен: {columns} (номера считая от первого скопированного столбца). Начните вставку с более левого столбца или скопируйте меньше столбцов.</numerusform>
            <numerusform>%n скопированных столбца не поместились в реестр справа и пропущены: {columns} (номера считая от первого скопированного столбца). Начните вставку с более левого столбца или скопируйте меньше столбцов.</numerusform>
            <numerusform>%n скопированных столбцов не поместились в реестр справа и пропущены: {columns} (номера считая от первого скопированного столбца). Начните вставку с более левого столбца или скопируйте меньше столбцов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {column}: {problem}</source>
        <translation>Строка {line}, {column}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cells to correct.</source>
        <translation>
            <numerusform>… и ещё %n ячейка, которую нужно исправить.</numerusform>
            <numerusform>… и ещё %n ячейки, которые нужно исправить.</numerusform>
            <numerusform>… и ещё %n ячеек, которые нужно исправить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines, total {total}; the order&apos;s amount {amount}</source>
        <translation>
            <numerusform>%n строка, итого {total}; сумма поручения {amount}</numerusform>
            <numerusform>%n строки, итого {total}; сумма поручения {amount}</numerusform>
            <numerusform>%n строк, итого {total}; сумма поручения {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the registry from CSV</source>
        <translation>Загрузка реестра из CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… и ещё {count}.</translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>Documents restored from the bank</source>
        <translation>Документы восстановлены из банка</translation>
    </message>
    <message>
        <source>Documents the bank returned that were missing here: %1. Documents brought up to date with the bank&apos;s state: %2.</source>
        <translation>Документов, которых здесь не было и которые вернул банк: %1. Документов, чьё состояние обновлено по данным банка: %2.</translation>
    </message>
    <message>
        <source>Documents of the bank of a kind this version cannot show: %1.</source>
        <translation>Документов банка такого вида, который эта версия показать не может: %1.</translation>
    </message>
    <message>
        <source>№ %1 of %2, %3 %4 to %5 (%6)</source>
        <translation>№ %1 от %2, %3 %4, получатель %5 (%6)</translation>
    </message>
    <message>
        <source>These documents never reached the bank; check them, then sign and send those still needed:</source>
        <translation>Эти документы не дошли до банка; проверьте их, затем подпишите и отправьте нужные:</translation>
    </message>
    <message>
        <source>Drafts and unsent documents made after the last backup (all of them, without a backup) were only in the store that could not be opened and are lost: type them again or import them from 1C.</source>
        <translation>Черновики и неотправленные документы, созданные после последней резервной копии (без копии — все), были только в хранилище, которое не открылось, и утеряны: введите их заново или загрузите из 1С.</translation>
    </message>
</context>
<context>
    <name>SecurityNotice</name>
    <message>
        <source>Take the key carrier out of the computer whenever you leave the workplace, and never leave it plugged in: with it, anyone at this computer can sign payments in your company&apos;s name.</source>
        <translation>Каждый раз, уходя с рабочего места, извлекайте ключевой носитель из компьютера и никогда не оставляйте его подключённым: с ним любой человек за этим компьютером может подписать платежи от имени вашей компании.</translation>
    </message>
    <message>
        <source>The bank never asks for your password, one-time codes or key carrier, by phone, messenger or letter. If someone who calls himself a bank employee asks, tell him nothing and report it to the bank.</source>
        <translation>Банк никогда не спрашивает ваш пароль, одноразовые коды или ключевой носитель — ни по телефону, ни в мессенджере, ни письмом. Если об этом просит тот, кто называет себя сотрудником банка, ничего ему не сообщайте и сообщите об этом в банк.</translation>
    </message>
    <message>
        <source>Each time you sign in, the client checks the bank server&apos;s certificate. If it ever warns that the server may be fake, do not go on: call the bank on its official number.</source>
        <translation>При каждом входе клиент проверяет сертификат сервера банка. Если он предупредит, что сервер может быть поддельным, не продолжайте: позвоните в банк по его официальному номеру.</translation>
    </message>
    <message>
        <source>If the computer suddenly does not start or shows strange messages, call the bank&apos;s support at once and block your access: Session → Block my access now.</source>
        <translation>Если компьютер вдруг не запускается или выдаёт непонятные сообщения, сразу позвоните в службу поддержки банка и заблокируйте свой доступ: Сеанс → Заблокировать мой доступ сейчас.</translation>
    </message>
    <message>
        <source>Never write passwords on notes at the workplace and never hand them or the key carrier to anyone, not even to someone repairing the computer.</source>
        <translation>Никогда не записывайте пароли на листках на рабочем месте и никому не передавайте ни их, ни ключевой носитель — даже тому, кто чинит компьютер.</translation>
    </message>
    <message>
        <source>If you think someone knows your password, change it at once (Session → Change password) or ask the bank to block your access.</source>
        <translation>Если вы подозреваете, что ваш пароль кто-то узнал, сразу смените его (Сеанс → Сменить пароль) или попросите банк заблокировать ваш доступ.</translation>
    </message>
    <message>
        <source>Do not open letters with unknown attachments or links, above all &quot;urgent&quot; ones: delete them and check the computer with an up-to-date antivirus.</source>
        <translation>Не открывайте письма с незнакомыми вложениями или ссылками, особенно «срочные»: удалите их и проверьте компьютер антивирусом с обновлёнными базами.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Security reminder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Напоминание о безопасности&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What to do if you told someone a code</source>
        <translation>Что делать, если вы сообщили кому-то код</translation>
    </message>
    <message>
        <source>Not again this session</source>
        <translation>Больше не показывать в этом сеансе</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>What to do if you &amp;told someone a code…</source>
        <translation>&amp;Что делать, если вы сообщили кому-то код…</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The bank&apos;s server</source>
        <translation>Сервер банка</translation>
    </message>
    <message>
        <source>Your IT staff have set the bank&apos;s server and its fingerprint. Check that the fingerprints below match, then go on.</source>
        <translation>Ваши ИТ-специалисты указали сервер банка и его отпечаток. Проверьте, что отпечатки ниже совпадают, и продолжайте.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the CA fingerprint from the bank&apos;s letter. The client connects and compares the fingerprint the server shows with the printed one.</source>
        <translation>Введите адрес сервера и отпечаток УЦ из письма банка. Программа подключится и сравнит отпечаток, который покажет сервер, с напечатанным.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint in the bank&apos;s letter:</source>
        <translation>&amp;Отпечаток в письме банка:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Сертификат сервера:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>Server SHA-256:</source>
        <translation>SHA-256 сервера:</translation>
    </message>
    <message>
        <source>Bank CA:</source>
        <translation>УЦ банка:</translation>
    </message>
    <message>
        <source>CA SHA-256 from the server:</source>
        <translation>SHA-256 УЦ от сервера:</translation>
    </message>
    <message>
        <source>CA SHA-256 in the letter:</source>
        <translation>SHA-256 УЦ в письме:</translation>
    </message>
    <message>
        <source>&amp;Connect and compare</source>
        <translation>&amp;Подключиться и сравнить</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as the bank&apos;s letter gives it, beginning with https://</source>
        <translation>Введите адрес сервера так, как он указан в письме банка, начиная с https://</translation>
    </message>
    <message>
        <source>Type the fingerprint from the bank&apos;s letter: 64 characters, digits and the letters A to F (colons and spaces may be left out).</source>
        <translation>Введите отпечаток из письма банка: 64 символа, цифры и буквы от A до F (двоеточия и пробелы можно не вводить).</translation>
    </message>
    <message>
        <source>Connecting to the bank&apos;s server…</source>
        <translation>Подключение к серверу банка…</translation>
    </message>
    <message>
        <source>The server did not show the certificate of the bank&apos;s CA, so it cannot be checked. This may be a fake server: stop here, type no password, and call the bank on its official number.</source>
        <translation>Сервер не показал сертификат УЦ банка, поэтому его нельзя проверить. Возможно, это поддельный сервер: остановитесь, не вводите пароль и позвоните в банк по официальному номеру.</translation>
    </message>
    <message>
        <source>The fingerprints do NOT match. This may be a fake server pretending to be the bank: stop here, type no password, and call the bank on its official number. Check the address too.</source>
        <translation>Отпечатки НЕ совпадают. Возможно, это поддельный сервер, выдающий себя за банк: остановитесь, не вводите пароль и позвоните в банк по официальному номеру. Проверьте и адрес.</translation>
    </message>
    <message>
        <source>The fingerprints match: this is the bank&apos;s server. From now on the client trusts only this bank&apos;s CA.</source>
        <translation>Отпечатки совпадают: это сервер банка. Теперь программа доверяет только УЦ этого банка.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>not shown by the server</source>
        <translation>сервер не показал</translation>
    </message>
</context>
<context>
    <name>SetupAgain</name>
    <message>
        <source>Set &amp;up again…</source>
        <translation>&amp;Настроить заново…</translation>
    </message>
    <message>
        <source>Check the bank&apos;s server, choose the key carrier or request a new key</source>
        <translation>Проверить сервер банка, выбрать носитель ключа или запросить новый ключ</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>The new settings are saved. They apply the next time you start Internet-Client.</source>
        <translation>Новые настройки сохранены. Они вступят в силу при следующем запуске Интернет-Клиента.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SignAndSend</name>
    <message>
        <source>The key carrier is not open, so the document cannot be signed. Sign out and sign in again with the carrier plugged in.</source>
        <translation>Носитель ключа не открыт, поэтому подписать документ нельзя. Выйдите из системы и войдите снова, подключив носитель.</translation>
    </message>
    <message>
        <source>Your new signing key waits for the bank&apos;s approval of request {id}, so nothing can be signed yet. Sign the act for the new key at the branch; once the bank has approved it, choose Check again in the main window.</source>
        <translation>Ваш новый ключ подписи ждёт одобрения банком заявки {id}, поэтому пока ничего нельзя подписать. Подпишите акт на новый ключ в отделении; когда банк одобрит заявку, нажмите «Проверить снова» в главном окне.</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Сохранение документа…</translation>
    </message>
    <message>
        <source>Sending the document to the bank…</source>
        <translation>Отправка документа в банк…</translation>
    </message>
    <message>
        <source>Signing on the key carrier…</source>
        <translation>Подписание на носителе ключа…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Check what you sign</source>
        <translation>Проверьте, что подписываете</translation>
    </message>
    <message>
        <source>The account of a beneficiary you paid before has changed. Malicious programs change accounts in files from accounting software: call the beneficiary and check the new details before you sign.</source>
        <translation>Изменился счёт получателя, которому вы уже платили. Вредоносные программы подменяют счета в файлах из учётных программ: позвоните получателю и проверьте новые реквизиты перед подписью.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Получатель: проверка</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>I have confirmed the changed details with the beneficiary by phone</source>
        <translation>Я подтвердил изменённые реквизиты у получателя по телефону</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Single signature</source>
        <translation>Единственная подпись</translation>
    </message>
    <message>
        <source>First signature</source>
        <translation>Первая подпись</translation>
    </message>
    <message>
        <source>Second signature</source>
        <translation>Вторая подпись</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Needs the second signature: a user with the second signature right signs it under Awaiting my signature.</source>
        <translation>Нужна вторая подпись: её ставит пользователь с правом второй подписи в разделе «Ожидают моей подписи».</translation>
    </message>
    <message>
        <source>Complete: the document has all the signatures it needs</source>
        <translation>Полностью подписан: у документа есть все нужные подписи</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Ещё не подписан</translation>
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
        <translation>Выписка банка по счёту {iban} не сходится: входящий остаток {opening} + кредит {credit} - дебет {debit} = {expected}, а банк указывает исходящий остаток {closing}. Не полагайтесь на эту выписку; позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank&apos;s statement of {iban} does not add up: its lines total {debit} debit and {credit} credit, but the bank&apos;s turnovers are {total_debit} and {total_credit}. Fetch it again; if this repeats, call the bank.</source>
        <translation>Выписка банка по счёту {iban} не сходится: по строкам дебет {debit} и кредит {credit}, а обороты банка — {total_debit} и {total_credit}. Запросите выписку ещё раз; если ошибка повторится, позвоните в банк.</translation>
    </message>
    <message>
        <source>The bank&apos;s statement changed while it was being fetched. Fetch it again.</source>
        <translation>Выписка изменилась в банке, пока её получали. Запросите её ещё раз.</translation>
    </message>
    <message>
        <source>The bank&apos;s statement could not be read. Try again; if this repeats, call the bank.</source>
        <translation>Не удалось прочитать выписку банка. Повторите попытку; если ошибка повторится, позвоните в банк.</translation>
    </message>
</context>
<context>
    <name>StatementCsv</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Counterparty&apos;s BIN/IIN</source>
        <translation>БИН/ИИН контрагента</translation>
    </message>
    <message>
        <source>Counterparty&apos;s IIK</source>
        <translation>ИИК контрагента</translation>
    </message>
    <message>
        <source>Counterparty&apos;s BIC</source>
        <translation>БИК контрагента</translation>
    </message>
    <message>
        <source>Counterparty&apos;s bank</source>
        <translation>Банк контрагента</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение платежа</translation>
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
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Идентификатор документа</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>Идентификатор строки</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company&apos;s BIN</source>
        <translation>БИН компании</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>IIK</source>
        <translation>ИИК</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
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
        <translation>Назначение платежа</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Counterparty, IIN/BIN, IIK, bank</source>
        <translation>Контрагент, ИИН/БИН, ИИК, банк</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
    </message>
    <message>
        <source>Purpose of payment</source>
        <translation>Назначение платежа</translation>
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
        <translation>Выписка по счёту {iban} с {first} по {last}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БИН {bin}</translation>
    </message>
    <message>
        <source>Account (IIK)</source>
        <translation>Счёт (ИИК)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Входящий остаток</translation>
    </message>
    <message>
        <source>Debit turnover</source>
        <translation>Обороты по дебету</translation>
    </message>
    <message>
        <source>Credit turnover</source>
        <translation>Обороты по кредиту</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Исходящий остаток</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>Выписка по счёту</translation>
    </message>
    <message>
        <source>IIK {iik}</source>
        <translation>ИИК {iik}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Printed {when} by Internet-Client</source>
        <translation>Распечатано в Интернет-Клиенте {when}</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Обороты</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message>
        <source>Account statement</source>
        <translation>Выписка по счёту</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <source>Balance &amp;chart</source>
        <translation>&amp;График остатка</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Счёт:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Входящий остаток</translation>
    </message>
    <message>
        <source>Debit turnover (out)</source>
        <translation>Обороты по дебету (расход)</translation>
    </message>
    <message>
        <source>Credit turnover (in)</source>
        <translation>Обороты по кредиту (приход)</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Исходящий остаток</translation>
    </message>
    <message>
        <source>Counterparty, IIN/BIN, IIK, purpose, number, date or amount</source>
        <translation>Контрагент, ИИН/БИН, ИИК, назначение, номер, дата или сумма</translation>
    </message>
    <message>
        <source>Find in the statement</source>
        <translation>Поиск в выписке</translation>
    </message>
    <message>
        <source>Debits, credits or both</source>
        <translation>Дебет, кредит или оба</translation>
    </message>
    <message>
        <source>Debits and credits</source>
        <translation>Дебет и кредит</translation>
    </message>
    <message>
        <source>Debits only (out)</source>
        <translation>Только дебет (расход)</translation>
    </message>
    <message>
        <source>Credits only (in)</source>
        <translation>Только кредит (приход)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
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
        <translation>KZ-1048 (Windows, для 1С)</translation>
    </message>
    <message>
        <source>The encoding of the 1C file. Both keep the Kazakh letters. KZ-1048 is written as &quot;Windows&quot;, which every 1C reads; if your 1C shows wrong letters, choose UTF-8.</source>
        <translation>Кодировка файла для 1С. Обе сохраняют казахские буквы. KZ-1048 записывается как «Windows», её читает любая 1С; если ваша 1С показывает неверные буквы, выберите UTF-8.</translation>
    </message>
    <message>
        <source>1C &amp;encoding:</source>
        <translation>&amp;Кодировка 1С:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>There is no account to show: the bank has not sent the accounts yet. Refresh the main window, then try again.</source>
        <translation>Нет счетов для показа: банк ещё не прислал список счетов. Обновите главное окно и повторите попытку.</translation>
    </message>
    <message>
        <source>Asking the bank for the statement of {iban}…</source>
        <translation>Запрос выписки по счёту {iban} в банке…</translation>
    </message>
    <message>
        <source> The statement shown before is kept.</source>
        <translation> Ранее показанная выписка сохранена.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Загрузка остановлена.</translation>
    </message>
    <message numerus="yes">
        <source>{count} lines received…</source>
        <translation>
            <numerusform>Получена {count} строка…</numerusform>
            <numerusform>Получено {count} строки…</numerusform>
            <numerusform>Получено {count} строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement could not be loaded. {reason}</source>
        <translation>Не удалось загрузить выписку. {reason}</translation>
    </message>
    <message>
        <source>Below is still the statement of {iban} loaded before.</source>
        <translation>Ниже по-прежнему показана ранее загруженная выписка по счёту {iban}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} lines</source>
        <translation>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} строка</numerusform>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} строки</numerusform>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} строк</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the statement from the file {file}, as the file gives it, not the bank&apos;s. Load the bank&apos;s with Load.</source>
        <translation>Это выписка из файла {file} в том виде, как её даёт файл, а не банковская. Банковскую загрузите кнопкой «Загрузить».</translation>
    </message>
    <message>
        <source>No statement loaded yet.</source>
        <translation>Выписка ещё не загружена.</translation>
    </message>
    <message>
        <source>Load a statement to see how the balance moved.</source>
        <translation>Загрузите выписку, чтобы увидеть, как менялся остаток.</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>Загрузка выписки…</translation>
    </message>
    <message>
        <source>Choose an account and a period, then press Load (or one of Today, Yesterday, This month, Last month).</source>
        <translation>Выберите счёт и период, затем нажмите «Загрузить» (или одну из кнопок «Сегодня», «Вчера», «Этот месяц», «Прошлый месяц»).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>{total} lines</source>
        <translation>
            <numerusform>{total} строка</numerusform>
            <numerusform>{total} строки</numerusform>
            <numerusform>{total} строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of {total} lines shown</source>
        <translation>
            <numerusform>Не показана ни одна из {total} строки</numerusform>
            <numerusform>Не показана ни одна из {total} строк</numerusform>
            <numerusform>Не показана ни одна из {total} строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} lines shown: debit {debit}, credit {credit}</source>
        <translation>
            <numerusform>Показано {shown} из {total} строки: дебет {debit}, кредит {credit}</numerusform>
            <numerusform>Показано {shown} из {total} строк: дебет {debit}, кредит {credit}</numerusform>
            <numerusform>Показано {shown} из {total} строк: дебет {debit}, кредит {credit}</numerusform>
        </translation>
    </message>
    <message>
        <source>No transactions on {iban} from {start} to {end}: the balance stayed at {balance} {currency}.</source>
        <translation>По счёту {iban} с {start} по {end} операций не было: остаток не изменился и составляет {balance} {currency}.</translation>
    </message>
    <message>
        <source>No line matches the search. Change the text or show debits and credits.</source>
        <translation>Ни одна строка не соответствует поиску. Измените текст или выберите «Дебет и кредит».</translation>
    </message>
    <message>
        <source>Line {number} of {date} is not one of your payment orders: there is no document to open.</source>
        <translation>Строка № {number} от {date} не относится к вашим платёжным поручениям: открывать нечего.</translation>
    </message>
    <message>
        <source>Payment order {number} was sent from another computer; it is not stored on this one, so it cannot be opened here.</source>
        <translation>Платёжное поручение № {number} отправлено с другого компьютера; на этом компьютере его нет, поэтому открыть его здесь нельзя.</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Сохранить выписку в PDF</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Сохранить выписку в CSV</translation>
    </message>
    <message>
        <source>Save the statement as MT940</source>
        <translation>Сохранить выписку в MT940</translation>
    </message>
    <message>
        <source>Save the statement for 1C (ClientBankExchange)</source>
        <translation>Сохранить выписку для 1С (ClientBankExchange)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>MT940 statements (*.sta *.mt940 *.txt)</source>
        <translation>Выписки MT940 (*.sta *.mt940 *.txt)</translation>
    </message>
    <message>
        <source>1C exchange files (*.txt)</source>
        <translation>Файлы обмена 1С (*.txt)</translation>
    </message>
    <message>
        <source>Saving the statement as {format} to {path}…</source>
        <translation>Сохранение выписки в формате {format} в {path}…</translation>
    </message>
    <message>
        <source>The statement was saved as {format} to {path}.</source>
        <translation>Выписка сохранена в формате {format} в {path}.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder or free some space, then save again.</source>
        <translation>Не удалось записать файл ({error}). Выберите другую папку или освободите место на диске и сохраните снова.</translation>
    </message>
    <message>
        <source>The statement was not saved as {format} to {path}. {reason}</source>
        <translation>Выписка не сохранена в формате {format} в {path}. {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{iban}&lt;/b&gt;: {start} – {end}, lines arriving; balances and turnovers follow when all have come and add up</source>
        <translation>&lt;b&gt;{iban}&lt;/b&gt;: {start} – {end}, строки поступают; остатки и обороты появятся, когда придут все строки и сойдутся</translation>
    </message>
    <message>
        <source>{total} lines so far</source>
        <translation>Пока получено строк: {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} lines so far shown</source>
        <translation>Показано строк: {shown} из {total}, полученных пока</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Document {number} is already signed and can no longer be changed. Copy it to make a new one.</source>
        <translation>Документ № {number} уже подписан, изменить его нельзя. Скопируйте его, чтобы создать новый.</translation>
    </message>
    <message>
        <source>The bank&apos;s answer names document {number}, which was never signed here.</source>
        <translation>В ответе банка указан документ № {number}, который здесь не подписывался.</translation>
    </message>
    <message>
        <source>Document {number} cannot be signed now: its status is “{status}”.</source>
        <translation>Документ № {number} сейчас нельзя подписать: его статус — «{status}».</translation>
    </message>
    <message>
        <source>Document {number} cannot move to “{to}”: its status is “{status}”.</source>
        <translation>Документ № {number} не может перейти в статус «{to}»: его статус — «{status}».</translation>
    </message>
    <message>
        <source>The document is no longer in the local store; it may have been deleted.</source>
        <translation>Документа больше нет в локальном хранилище; возможно, он был удалён.</translation>
    </message>
    <message>
        <source>The local document store {path} was written by a newer version of the client. Install that version or newer.</source>
        <translation>Локальное хранилище документов {path} записано более новой версией клиента. Установите эту или более новую версию.</translation>
    </message>
    <message>
        <source>The local document store {path} is damaged and cannot be read. Documents already at the bank are safe there; ask IT staff to restore the file from a backup.</source>
        <translation>Локальное хранилище документов {path} повреждено и не читается. Документы, уже переданные в банк, в банке сохранены; попросите IT-специалистов восстановить файл из резервной копии.</translation>
    </message>
    <message>
        <source>The local document store {path} cannot be opened or written. Check that the disk is not full and that the folder is writable; the last change was not saved.</source>
        <translation>Не удаётся открыть локальное хранилище документов {path} или записать в него. Проверьте, что диск не переполнен и в папку разрешена запись; последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>Document {number} here differs from the one the bank holds; the bank&apos;s copy was signed. Refresh the list.</source>
        <translation>Документ {number} здесь отличается от того, что хранит банк; подписана копия банка. Обновите список.</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The key of the local document store, kept in {where}, is not a key this client made. Ask IT staff to check it; until then documents cannot be opened.</source>
        <translation>Ключ локального хранилища документов в {where} создан не этой программой. Попросите ИТ-специалистов проверить его; до этого документы открыть нельзя.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store did not keep the key of the local document store. Ask IT staff to check the credential store (on Linux the Secret Service, on Windows the Credential Manager).</source>
        <translation>Системное хранилище учётных данных не сохранило ключ локального хранилища документов. Попросите ИТ-специалистов проверить его (в Linux — Secret Service, в Windows — диспетчер учётных данных).</translation>
    </message>
    <message>
        <source>The key file {path} named in the settings cannot be read. Ask IT staff to check it and its permissions.</source>
        <translation>Файл ключа {path}, указанный в настройках, не читается. Попросите ИТ-специалистов проверить его и права доступа к нему.</translation>
    </message>
    <message>
        <source>The key file {path} named in the settings cannot be written. Ask IT staff to check the folder and its permissions.</source>
        <translation>Файл ключа {path}, указанный в настройках, не удаётся записать. Попросите ИТ-специалистов проверить папку и права доступа к ней.</translation>
    </message>
    <message>
        <source>The system&apos;s credential store is locked, so the key of the local document store cannot be read. Unlock it (sign in to the computer again, or open the keyring) and start the client again.</source>
        <translation>Системное хранилище учётных данных заблокировано, поэтому ключ локального хранилища документов не читается. Разблокируйте его (войдите в компьютер заново или откройте связку ключей) и запустите программу снова.</translation>
    </message>
    <message>
        <source>This computer has no credential store the client can keep its key in, and documents are never kept unencrypted. IT staff: run a Secret Service (for example GNOME Keyring) in the user&apos;s session, or name a key file for the client in the settings ([storage] key_file) on a disk only this user can read.</source>
        <translation>На этом компьютере нет хранилища учётных данных, где программа могла бы хранить свой ключ, а без шифрования документы не хранятся. ИТ-специалистам: запустите Secret Service (например, GNOME Keyring) в сеансе пользователя или укажите в настройках файл ключа ([storage] key_file) на диске, доступном только этому пользователю.</translation>
    </message>
</context>
<context>
    <name>StoreRescueDialog</name>
    <message>
        <source>Documents on this computer</source>
        <translation>Документы на этом компьютере</translation>
    </message>
    <message>
        <source>Documents the bank received are safe at the bank. Choose how to bring the documents on this computer back:</source>
        <translation>Документы, полученные банком, в сохранности в банке. Выберите, как вернуть документы на этот компьютер:</translation>
    </message>
    <message>
        <source>Backup of %1 (documents in it: %2)</source>
        <translation>Копия от %1 (документов в ней: %2)</translation>
    </message>
    <message>
        <source>Restore this backup, then bring it up to date from the bank</source>
        <translation>Восстановить эту резервную копию и дополнить её из банка</translation>
    </message>
    <message>
        <source>There is no backup this client can open (backups use the same key as the store).</source>
        <translation>Нет резервной копии, которую программа может открыть (копии зашифрованы тем же ключом, что и хранилище).</translation>
    </message>
    <message>
        <source>Restore from the bank only</source>
        <translation>Восстановить только из банка</translation>
    </message>
    <message>
        <source>After you sign in, every document the bank received comes back with its state. Drafts and documents that never reached the bank were only on this computer: they cannot come back from the bank.</source>
        <translation>После входа вернутся все документы, полученные банком, с их состояниями. Черновики и документы, не дошедшие до банка, были только на этом компьютере: из банка их не вернуть.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Everything is set up. Finish saves these settings and opens the main window.</source>
        <translation>Всё настроено. «Готово» сохранит эти настройки и откроет главное окно.</translation>
    </message>
    <message>
        <source>Bank server:</source>
        <translation>Сервер банка:</translation>
    </message>
    <message>
        <source>Bank CA SHA-256:</source>
        <translation>SHA-256 УЦ банка:</translation>
    </message>
    <message>
        <source>Key carrier:</source>
        <translation>Носитель ключа:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Файл настроек:</translation>
    </message>
    <message>
        <source>{owner}, valid {start} to {end}</source>
        <translation>{owner}, действует с {start} по {end}</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Сохранить как шаблон</translation>
    </message>
    <message>
        <source>Name the template: the beneficiary, amount, KNP and purpose of payment order {number} are kept under it.</source>
        <translation>Назовите шаблон: получатель, сумма, КНП и назначение платёжного поручения {number} сохранятся под этим названием.</translation>
    </message>
</context>
<context>
    <name>TemplateWindow</name>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Найти шаблон</translation>
    </message>
    <message>
        <source>Find by name, beneficiary or purpose</source>
        <translation>Поиск по названию, получателю или назначению</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Amount, KZT</source>
        <translation>Сумма, KZT</translation>
    </message>
    <message>
        <source>KNP</source>
        <translation>КНП</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>No templates yet. To make one, open a payment order and click Save as template, or select it in the payment list and choose Save as template in the Documents menu.</source>
        <translation>Шаблонов пока нет. Чтобы создать шаблон, откройте платёжное поручение и нажмите «Сохранить как шаблон» или выберите его в списке платежей и в меню «Документы» выберите «Сохранить как шаблон».</translation>
    </message>
    <message>
        <source>&amp;New draft from template</source>
        <translation>&amp;Новый черновик по шаблону</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Draft payment order {number} was made from the template and opened.</source>
        <translation>Из шаблона создан и открыт черновик платёжного поручения {number}.</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Переименование шаблона</translation>
    </message>
    <message>
        <source>New name of the template:</source>
        <translation>Новое название шаблона:</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Documents made from it are kept.</source>
        <translation>Удалить шаблон «{name}»? Документы, созданные по нему, сохранятся.</translation>
    </message>
    <message>
        <source>Template “{name}” was deleted. Documents made from it are kept.</source>
        <translation>Шаблон «{name}» удалён. Созданные по нему документы сохранены.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Type a name for the template, e.g. the beneficiary and what is paid for.</source>
        <translation>Введите название шаблона, например получателя и за что платёж.</translation>
    </message>
    <message>
        <source>A template name may have at most {limit} characters; it has {count}.</source>
        <translation>Название шаблона может содержать не более {limit} символов; в нём {count}.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists. Choose another name, or delete the old template first.</source>
        <translation>Шаблон с названием «{name}» уже есть. Выберите другое название или сначала удалите старый шаблон.</translation>
    </message>
    <message>
        <source>The template is no longer in the local store; it may have been deleted in another window.</source>
        <translation>Шаблона больше нет в локальном хранилище; возможно, он удалён в другом окне.</translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>The PIN is wrong. The key carrier has one try left: if the next PIN is wrong too, the carrier is locked and only the PUK code from your PIN envelope unlocks it. If you are not sure of the PIN, stop and contact the bank&apos;s security officer.</source>
        <translation>ПИН-код неверный. У носителя ключа осталась одна попытка: если и следующий ПИН-код окажется неверным, носитель заблокируется, и разблокировать его сможет только PUK-код из ПИН-конверта. Если вы не уверены в ПИН-коде, остановитесь и обратитесь в службу безопасности банка.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Check the keyboard layout and Caps Lock, then type the PIN again. The key carrier does not say how many tries are left: after a few wrong PINs it locks, and only the PUK code from your PIN envelope unlocks it.</source>
        <translation>ПИН-код неверный. Проверьте раскладку клавиатуры и Caps Lock и введите ПИН-код ещё раз. Носитель ключа не сообщает, сколько попыток осталось: после нескольких неверных ПИН-кодов он блокируется, и разблокировать его сможет только PUK-код из ПИН-конверта.</translation>
    </message>
    <message>
        <source>The PIN is too short or too long for this key carrier. Check the PIN and type it again.</source>
        <translation>ПИН-код слишком короткий или слишком длинный для этого носителя ключа. Проверьте ПИН-код и введите его ещё раз.</translation>
    </message>
    <message>
        <source>The PIN of the key carrier is locked after too many wrong tries. Unlock it with the PUK code from your PIN envelope, or contact the bank&apos;s security officer.</source>
        <translation>ПИН-код носителя ключа заблокирован после слишком многих неверных попыток. Разблокируйте его PUK-кодом из ПИН-конверта или обратитесь в службу безопасности банка.</translation>
    </message>
    <message>
        <source>The key carrier&apos;s driver could not be loaded from {path}. Ask your IT staff to check that the carrier&apos;s driver is installed and that this path in the settings is right.</source>
        <translation>Не удалось загрузить драйвер носителя ключа из {path}. Попросите IT-специалистов проверить, что драйвер носителя установлен и этот путь в настройках указан верно.</translation>
    </message>
    <message>
        <source>The key carrier &quot;{name}&quot; was not found. Insert it and try again.</source>
        <translation>Носитель ключа «{name}» не найден. Подключите его и повторите попытку.</translation>
    </message>
    <message>
        <source>No key carrier was found. Insert the key carrier and try again.</source>
        <translation>Носитель ключа не найден. Подключите носитель ключа и повторите попытку.</translation>
    </message>
    <message>
        <source>The key carrier was removed. Insert it again and repeat what you were doing.</source>
        <translation>Носитель ключа был извлечён. Подключите его снова и повторите действие.</translation>
    </message>
    <message>
        <source>The connection to the key carrier was lost. Check that it is inserted, enter the PIN again and repeat what you were doing.</source>
        <translation>Связь с носителем ключа потеряна. Проверьте, что он подключён, снова введите ПИН-код и повторите действие.</translation>
    </message>
    <message>
        <source>The key &quot;{label}&quot; is not on this key carrier. Check that you inserted the right carrier; if the key is lost, request a new key from the bank.</source>
        <translation>Ключа «{label}» на этом носителе нет. Проверьте, что подключён нужный носитель; если ключ утерян, запросите в банке новый ключ.</translation>
    </message>
    <message>
        <source>No signing key was found on the key carrier. Check that you inserted the right carrier, or request a new key from the bank.</source>
        <translation>На носителе ключа не найден ключ ЭЦП. Проверьте, что подключён нужный носитель, или запросите в банке новый ключ.</translation>
    </message>
    <message>
        <source>The key &quot;{label}&quot; has no certificate on the key carrier yet. Request the certificate from the bank before signing.</source>
        <translation>Для ключа «{label}» на носителе ещё нет сертификата. Прежде чем подписывать, запросите сертификат в банке.</translation>
    </message>
    <message>
        <source>The certificate does not belong to the key &quot;{label}&quot; on the key carrier, so it was not stored. Request the certificate again; if this happens again, contact the bank.</source>
        <translation>Сертификат не относится к ключу «{label}» на носителе, поэтому он не сохранён. Запросите сертификат ещё раз; если это повторится, обратитесь в банк.</translation>
    </message>
    <message>
        <source>The key carrier reported an error ({code}). Remove the carrier, insert it again and repeat; if it happens again, tell your IT staff this code.</source>
        <translation>Носитель ключа сообщил об ошибке ({code}). Извлеките носитель, подключите его снова и повторите действие; если ошибка повторится, сообщите этот код IT-специалистам.</translation>
    </message>
    <message>
        <source>This key carrier signs only with GOST algorithms ({offered}), and the bank needs RSA or ECDSA with SHA-256 ({needed}). Use a carrier or a driver that offers them; your IT staff can check it with bsclient-doctor.</source>
        <translation>Этот носитель ключа подписывает только по алгоритмам ГОСТ ({offered}), а банку нужны RSA или ECDSA с SHA-256 ({needed}). Используйте носитель или драйвер, который их поддерживает; IT-специалисты могут проверить это программой bsclient-doctor.</translation>
    </message>
    <message>
        <source>The key carrier cannot sign the way the bank needs ({needed}); it offers {offered}. Use another carrier or driver; your IT staff can check it with bsclient-doctor.</source>
        <translation>Носитель ключа не умеет подписывать так, как требует банк ({needed}); он предлагает {offered}. Используйте другой носитель или драйвер; IT-специалисты могут проверить это программой bsclient-doctor.</translation>
    </message>
    <message>
        <source>The smart card service (PC/SC) is not running, so the key carrier cannot be found. Ask your IT staff to start the smart card service (pcscd).</source>
        <translation>Служба смарт-карт (PC/SC) не запущена, поэтому носитель ключа не удаётся найти. Попросите IT-специалистов запустить службу смарт-карт (pcscd).</translation>
    </message>
    <message>
        <source>No key carrier or card reader is connected. Insert the key carrier into a USB port and try again.</source>
        <translation>Не подключён ни носитель ключа, ни считыватель карт. Вставьте носитель ключа в USB-порт и повторите попытку.</translation>
    </message>
    <message>
        <source>The smart card service could not list the card readers ({detail}). Remove the key carrier, insert it again and retry; if it happens again, tell your IT staff.</source>
        <translation>Служба смарт-карт не смогла получить список считывателей ({detail}). Извлеките носитель ключа, подключите его снова и повторите попытку; если ошибка повторится, сообщите IT-специалистам.</translation>
    </message>
</context>
<context>
    <name>ToldACodePage</name>
    <message>
        <source>What to do if you told someone a code</source>
        <translation>Что делать, если вы сообщили кому-то код</translation>
    </message>
    <message>
        <source>You told someone a code or a password?</source>
        <translation>Вы сообщили кому-то код или пароль?</translation>
    </message>
    <message>
        <source>It is not too late: a told code is only the beginning of a fraud. Act now, in this order. Fraudsters hurry you, frighten you and ask you to stay on the line: the bank never does.</source>
        <translation>Ещё не поздно: сообщённый код — только начало мошенничества, а не конец. Действуйте сейчас, в этом порядке. Мошенники торопят, пугают и просят не класть трубку — банк так никогда не делает.</translation>
    </message>
    <message>
        <source>Hang up at once. Call the bank yourself on its official number {phone} and say that a code or password of your company&apos;s internet bank is known to someone else.</source>
        <translation>Сразу положите трубку. Сами позвоните в банк по его официальному номеру {phone} и скажите, что код или пароль интернет-банка вашей компании стал известен постороннему.</translation>
    </message>
    <message>
        <source>Hang up at once. Call the bank yourself on the official number in your company&apos;s contract with the bank or on the bank&apos;s own website, never on a number the caller gave you.</source>
        <translation>Сразу положите трубку. Позвоните в банк сами по официальному номеру из договора вашей компании с банком или с сайта самого банка, но никогда не по номеру, который дал звонивший.</translation>
    </message>
    <message>
        <source>&amp;Block my access now…</source>
        <translation>&amp;Заблокировать мой доступ сейчас…</translation>
    </message>
    <message>
        <source>My &amp;key is compromised…</source>
        <translation>Мой &amp;ключ скомпрометирован…</translation>
    </message>
    <message>
        <source>Open my &amp;journal</source>
        <translation>Открыть мой &amp;журнал</translation>
    </message>
    <message>
        <source>Show the &amp;documents</source>
        <translation>Показать &amp;документы</translation>
    </message>
    <message>
        <source>Block your access to the internet bank: nobody can sign in with your login until the bank unblocks it. You are signed out at once.</source>
        <translation>Заблокируйте свой доступ к интернет-банку: никто не сможет войти с вашим логином, пока банк не разблокирует его. Вы сразу выйдете из системы.</translation>
    </message>
    <message>
        <source>Revoke your signing key: the bank stops accepting anything signed with it, and a new key is made on your carrier. The bank issues its certificate after you sign the act at the branch.</source>
        <translation>Отзовите свой ключ подписи: банк перестанет принимать всё, что им подписано, а на вашем носителе будет создан новый ключ. Банк выдаст его сертификат после того, как вы подпишете акт в отделении.</translation>
    </message>
    <message>
        <source>Check recent operations: in your journal, sign-ins and documents you did not make; in the list, payments you did not send. Ask the bank at once to stop any such payment.</source>
        <translation>Проверьте последние операции: в журнале — входы и документы, которых вы не делали; в списке — платежи, которых вы не отправляли. Сразу попросите банк остановить такой платёж.</translation>
    </message>
    <message>
        <source>Tell your company&apos;s management and accountant. If money was taken, report it to the police with everything you have: phone numbers, links, screenshots, letters.</source>
        <translation>Сообщите руководству и бухгалтеру компании. Если деньги похищены, заявите в полицию, приложив всё, что есть: номера телефонов, ссылки, скриншоты, письма.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type the amount, e.g. 1 500,00.</source>
        <translation>Введите сумму, например 1 500,00.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Use one decimal separator (a comma or a point) and spaces between thousands, e.g. 1 500 000,50.</source>
        <translation>Используйте один десятичный разделитель (запятую или точку), а тысячи отделяйте пробелами, например 1 500 000,50.</translation>
    </message>
    <message>
        <source>Separate thousands with spaces in groups of three digits, e.g. 1 500 000,50.</source>
        <translation>Отделяйте тысячи пробелами, группами по три цифры, например 1 500 000,50.</translation>
    </message>
    <message>
        <source>The amount may hold only digits, spaces between thousands and one decimal comma or point.</source>
        <translation>Сумма может содержать только цифры, пробелы между тысячами и одну десятичную запятую или точку.</translation>
    </message>
    <message>
        <source>At most two digits after the decimal point; to separate thousands use spaces.</source>
        <translation>После десятичного разделителя — не более двух цифр; тысячи отделяйте пробелами.</translation>
    </message>
    <message>
        <source>The amount is too large: at most {digits} digits before the decimal point.</source>
        <translation>Сумма слишком велика: до десятичного разделителя допускается не более {digits} цифр.</translation>
    </message>
    <message>
        <source>The amount is more than the available balance of {available}.</source>
        <translation>Сумма больше доступного остатка ({available}).</translation>
    </message>
    <message>
        <source>BIC {bic} is no longer used: {bank} became {successor} in {year}, BIC {new_bic}. Type BIC {new_bic}.</source>
        <translation>БИК {bic} больше не действует: {bank} в {year} году стал {successor}, БИК {new_bic}. Введите БИК {new_bic}.</translation>
    </message>
    <message>
        <source>BIC {bic} is no longer used: {bank} joined {successor} in {year}. Ask the beneficiary for their current account and BIC.</source>
        <translation>БИК {bic} больше не действует: {bank} в {year} году присоединён к {successor}. Уточните у получателя его текущий счёт и БИК.</translation>
    </message>
    <message>
        <source>BIC {bic} is no longer used: {bank} lost its banking licence in {year}. Ask the beneficiary for an account at another bank.</source>
        <translation>БИК {bic} больше не действует: {bank} лишён банковской лицензии в {year} году. Попросите у получателя счёт в другом банке.</translation>
    </message>
    <message>
        <source>Type the bank&apos;s BIC: 8 Latin letters and digits.</source>
        <translation>Введите БИК банка: 8 латинских букв и цифр.</translation>
    </message>
    <message>
        <source>A BIC has 8 Latin letters and digits; you typed {count}.</source>
        <translation>БИК состоит из 8 латинских букв и цифр; введено символов: {count}.</translation>
    </message>
    <message>
        <source>BIC {bic} is not in the register of Kazakh banks.</source>
        <translation>БИК {bic} отсутствует в справочнике банков Казахстана.</translation>
    </message>
    <message>
        <source>BIC {bic} belongs to {bank}, but the IIK has bank code {code} (characters 5 to 7).</source>
        <translation>БИК {bic} — это {bank}, но в ИИК указан код банка {code} (символы 5–7).</translation>
    </message>
    <message>
        <source>BIC {bic} belongs to {bank}, but the IIK is at another bank ({iban_bank}).</source>
        <translation>БИК {bic} — это {bank}, но ИИК открыт в другом банке ({iban_bank}).</translation>
    </message>
    <message>
        <source>Type the KNP, the 3-digit payment purpose code.</source>
        <translation>Введите КНП — трёхзначный код назначения платежа.</translation>
    </message>
    <message>
        <source>The KNP must have 3 digits; you typed &quot;{value}&quot;.</source>
        <translation>КНП должен состоять из 3 цифр; введено «{value}».</translation>
    </message>
    <message>
        <source>Type the KBe: 2 digits, residency (1 or 2) and sector of the economy (1 to 9).</source>
        <translation>Введите Кбе: 2 цифры — признак резидентства (1 или 2) и сектор экономики (от 1 до 9).</translation>
    </message>
    <message>
        <source>The KBe must have 2 digits: residency (1 or 2) and sector of the economy (1 to 9); you typed &quot;{value}&quot;.</source>
        <translation>Кбе должен состоять из 2 цифр: признак резидентства (1 или 2) и сектор экономики (от 1 до 9); введено «{value}».</translation>
    </message>
    <message>
        <source>The first digit of the KBe is residency: 1 for a resident, 2 for a non-resident; you typed {digit}.</source>
        <translation>Первая цифра Кбе — признак резидентства: 1 — резидент, 2 — нерезидент; введено {digit}.</translation>
    </message>
    <message>
        <source>The second digit of the KBe is the sector of the economy, 1 to 9; 0 is not a sector.</source>
        <translation>Вторая цифра Кбе — сектор экономики, от 1 до 9; сектора 0 не существует.</translation>
    </message>
    <message>
        <source>Type the KOd: 2 digits, residency (1 or 2) and sector of the economy (1 to 9).</source>
        <translation>Введите КОд: 2 цифры — признак резидентства (1 или 2) и сектор экономики (от 1 до 9).</translation>
    </message>
    <message>
        <source>The KOd must have 2 digits: residency (1 or 2) and sector of the economy (1 to 9); you typed &quot;{value}&quot;.</source>
        <translation>КОд должен состоять из 2 цифр: признак резидентства (1 или 2) и сектор экономики (от 1 до 9); введено «{value}».</translation>
    </message>
    <message>
        <source>The first digit of the KOd is residency: 1 for a resident, 2 for a non-resident; you typed {digit}.</source>
        <translation>Первая цифра КОд — признак резидентства: 1 — резидент, 2 — нерезидент; введено {digit}.</translation>
    </message>
    <message>
        <source>The second digit of the KOd is the sector of the economy, 1 to 9; 0 is not a sector.</source>
        <translation>Вторая цифра КОд — сектор экономики, от 1 до 9; сектора 0 не существует.</translation>
    </message>
    <message>
        <source>Type the IIK: KZ and 18 more characters.</source>
        <translation>Введите ИИК: KZ и ещё 18 символов.</translation>
    </message>
    <message>
        <source>The IIK must start with KZ and have 20 characters; you typed {count}.</source>
        <translation>ИИК должен начинаться с KZ и состоять из 20 символов; введено: {count}.</translation>
    </message>
    <message>
        <source>The IIK may hold only Latin letters and digits.</source>
        <translation>ИИК может содержать только латинские буквы и цифры.</translation>
    </message>
    <message>
        <source>Characters 3 to 7 of the IIK (check digits and bank code) must be digits.</source>
        <translation>Символы 3–7 в ИИК (контрольные цифры и код банка) должны быть цифрами.</translation>
    </message>
    <message>
        <source>The IIK&apos;s checksum is wrong: a character is mistyped.</source>
        <translation>Неверная контрольная сумма ИИК: один из символов введён с ошибкой.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against your company&apos;s documents.</source>
        <translation>Контрольная цифра этого ИИН/БИН не сходится: сверьте номер с документами вашей компании.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against the actual payer&apos;s documents.</source>
        <translation>Контрольная цифра этого ИИН/БИН не сходится: сверьте номер с документами фактического плательщика.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against the actual beneficiary&apos;s documents.</source>
        <translation>Контрольная цифра этого ИИН/БИН не сходится: сверьте номер с документами фактического получателя.</translation>
    </message>
    <message>
        <source>Type the IIN/BIN: 12 digits.</source>
        <translation>Введите ИИН/БИН: 12 цифр.</translation>
    </message>
    <message>
        <source>The IIN/BIN may hold digits only, without spaces, letters or other signs.</source>
        <translation>ИИН/БИН может содержать только цифры, без пробелов, букв и других знаков.</translation>
    </message>
    <message>
        <source>The IIN/BIN has 11 digits: a spreadsheet may have dropped its first zero. If it is {with_zero}, type it so (in Excel, make the column Text before copying).</source>
        <translation>В ИИН/БИН 11 цифр: электронная таблица могла отбросить первый ноль. Если это {with_zero}, введите так (в Excel перед копированием сделайте столбец текстовым).</translation>
    </message>
    <message>
        <source>The IIN/BIN must have 12 digits; you typed {count}.</source>
        <translation>ИИН/БИН должен состоять из 12 цифр; введено: {count}.</translation>
    </message>
    <message>
        <source>The check digit of this IIN/BIN does not match: check the number against the beneficiary&apos;s documents.</source>
        <translation>Контрольная цифра этого ИИН/БИН не сходится: сверьте номер с документами получателя.</translation>
    </message>
    <message>
        <source>Type the document number.</source>
        <translation>Введите номер документа.</translation>
    </message>
    <message>
        <source>The document number may have at most {limit} characters; it has {count}.</source>
        <translation>Номер документа может содержать не более {limit} символов; сейчас их {count}.</translation>
    </message>
    <message>
        <source>Type the beneficiary&apos;s name.</source>
        <translation>Введите наименование получателя.</translation>
    </message>
    <message>
        <source>The name may have at most {limit} characters (the interbank limit); it has {count}. Shorten it, e.g. write LLP for limited liability partnership.</source>
        <translation>Наименование может содержать не более {limit} символов (межбанковское ограничение); сейчас их {count}. Сократите его, например напишите ТОО вместо «товарищество с ограниченной ответственностью».</translation>
    </message>
    <message>
        <source>Type the purpose of payment: what is paid for, with the contract or invoice number.</source>
        <translation>Введите назначение платежа: за что производится оплата, с номером договора или счёта на оплату.</translation>
    </message>
    <message>
        <source>The purpose of payment may have at most {limit} characters; it has {count}.</source>
        <translation>Назначение платежа может содержать не более {limit} символов; сейчас их {count}.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s date.</source>
        <translation>Выберите дату документа.</translation>
    </message>
    <message>
        <source>The document&apos;s date {date} is too old: the bank takes documents dated {earliest} or later. Set today&apos;s date.</source>
        <translation>Дата документа {date} слишком старая: банк принимает документы с датой не раньше {earliest}. Поставьте сегодняшнюю дату.</translation>
    </message>
    <message>
        <source>Choose the value date.</source>
        <translation>Выберите дату валютирования.</translation>
    </message>
    <message>
        <source>The value date {date} is in the past; choose today or a later day.</source>
        <translation>Дата валютирования {date} уже прошла; выберите сегодняшний или более поздний день.</translation>
    </message>
    <message>
        <source>The value date {date} is before the document&apos;s date {document_date}.</source>
        <translation>Дата валютирования {date} раньше даты документа {document_date}.</translation>
    </message>
    <message>
        <source>The value date {date} is too far ahead: the bank takes value dates up to {latest}.</source>
        <translation>Дата валютирования {date} слишком далеко впереди: банк принимает дату валютирования не позже {latest}.</translation>
    </message>
    <message>
        <source>The payer&apos;s IIK {iban} is not the chosen account {account}.</source>
        <translation>ИИК плательщика {iban} не совпадает с выбранным счётом {account}.</translation>
    </message>
    <message>
        <source>A payment in foreign currency is paid from a foreign-currency account; choose your USD or EUR account.</source>
        <translation>Платёж в иностранной валюте проводится с валютного счёта; выберите счёт в USD или EUR.</translation>
    </message>
    <message>
        <source>Account {iban} is in {currency}; the order&apos;s currency is {order_currency}. Choose the account again.</source>
        <translation>Счёт {iban} в {currency}; валюта поручения — {order_currency}. Выберите счёт заново.</translation>
    </message>
    <message>
        <source>Account {iban} is in {currency}; a tenge payment order is paid from a tenge (KZT) account.</source>
        <translation>Счёт {iban} открыт в валюте {currency}; платёжное поручение в тенге оплачивается со счёта в тенге (KZT).</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s IIK is the payer&apos;s own account; choose another account.</source>
        <translation>ИИК получателя совпадает со счётом плательщика; выберите другой счёт.</translation>
    </message>
    <message>
        <source>KNP {knp} is a payment to the budget and needs a KBK: make it a payment to the budget and type the KBK from the tax notice.</source>
        <translation>КНП {knp} — платёж в бюджет, ему нужен КБК: оформите платёж в бюджет и введите КБК из налогового уведомления.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s bank is the Treasury ({bic}): money to it is a payment to the budget and needs a KBK. Make it a payment to the budget.</source>
        <translation>Банк получателя — Казначейство ({bic}): перевод ему — платёж в бюджет, и нужен КБК. Оформите платёж в бюджет.</translation>
    </message>
    <message>
        <source>Type the KBK, the 6-digit budget classification code of the tax or payment.</source>
        <translation>Введите КБК, 6-значный код бюджетной классификации налога или платежа.</translation>
    </message>
    <message>
        <source>The KBK must have 6 digits; you typed &quot;{value}&quot;.</source>
        <translation>КБК должен состоять из 6 цифр; вы ввели «{value}».</translation>
    </message>
    <message>
        <source>KBK {kbk} is not in the KBK directory; check the code on the tax notice, or refresh the directories from the bank.</source>
        <translation>КБК {kbk} нет в справочнике КБК; проверьте код по налоговому уведомлению или обновите справочники из банка.</translation>
    </message>
    <message>
        <source>KNP {knp} does not usually go with KBK {kbk}: by the directory this KBK is paid with KNP {allowed}. Check the code on the tax notice; you can still sign.</source>
        <translation>КНП {knp} обычно не применяется с КБК {kbk}: по справочнику этот КБК оплачивается с КНП {allowed}. Проверьте код в налоговом уведомлении; подписать можно.</translation>
    </message>
    <message>
        <source>KBK {kbk} is not in the client&apos;s KBK directory, which is not complete. Check the code on the tax notice; you can still sign.</source>
        <translation>КБК {kbk} нет в справочнике КБК клиента, а он неполный. Проверьте код в налоговом уведомлении; подписать можно.</translation>
    </message>
    <message>
        <source>BIN {bin} is not among the tax authorities of the client&apos;s directory, which is not complete. Check the BIN on the tax notice; you can still sign.</source>
        <translation>БИН {bin} нет среди налоговых органов справочника клиента, а он неполный. Проверьте БИН в налоговом уведомлении; подписать можно.</translation>
    </message>
    <message>
        <source>BIN {bin} is not a tax authority of the budget recipients directory; a budget payment goes to the state revenue department named on the tax notice.</source>
        <translation>БИН {bin} не является налоговым органом из справочника получателей бюджета; платёж в бюджет идёт в управление государственных доходов, указанное в налоговом уведомлении.</translation>
    </message>
    <message>
        <source>The funds directory has no {fund} fund; refresh the directories from the bank.</source>
        <translation>В справочнике фондов нет фонда {fund}; обновите справочники из банка.</translation>
    </message>
    <message>
        <source>Contributions go to the fund&apos;s details from the funds directory: {expected} here, not &quot;{value}&quot;.</source>
        <translation>Взносы перечисляются по реквизитам фонда из справочника фондов: здесь {expected}, а не «{value}».</translation>
    </message>
    <message>
        <source>KNP {knp} is not a code for these contributions; use {allowed}.</source>
        <translation>КНП {knp} не относится к этим взносам; укажите {allowed}.</translation>
    </message>
    <message>
        <source>Type it as in the employee&apos;s identity document.</source>
        <translation>Введите как в удостоверении личности сотрудника.</translation>
    </message>
    <message>
        <source>At most {limit} characters (the interbank limit); it has {count}.</source>
        <translation>Не более {limit} символов (межбанковский предел); здесь {count}.</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD, e.g. 1985-04-17.</source>
        <translation>Введите дату рождения в виде ГГГГ-ММ-ДД, например 1985-04-17.</translation>
    </message>
    <message>
        <source>The birth date {date} is not the one in the IIN ({iin_date}); check both against the identity document.</source>
        <translation>Дата рождения {date} не совпадает с датой в ИИН ({iin_date}); сверьте обе с удостоверением личности.</translation>
    </message>
    <message>
        <source>Type the period as YYYY-MM, e.g. 2026-10 for October 2026.</source>
        <translation>Введите период в виде ГГГГ-ММ, например 2026-10 за октябрь 2026.</translation>
    </message>
    <message>
        <source>The period {period} is before 1998; no contributions are paid for it.</source>
        <translation>Период {period} раньше 1998 года; взносы за него не платятся.</translation>
    </message>
    <message>
        <source>The period {period} is after the document&apos;s month; contributions are paid for a month that has begun.</source>
        <translation>Период {period} позже месяца документа; взносы платятся за начавшийся месяц.</translation>
    </message>
    <message>
        <source>Missing: the line must give it.</source>
        <translation>Отсутствует: строка должна его содержать.</translation>
    </message>
    <message>
        <source>The check digit of this IIN does not match: check it against the employee&apos;s identity document.</source>
        <translation>Контрольная цифра этого ИИН не сходится: сверьте его с удостоверением личности сотрудника.</translation>
    </message>
    <message>
        <source>Add the employees to the registry: at least one line.</source>
        <translation>Добавьте сотрудников в реестр: хотя бы одну строку.</translation>
    </message>
    <message>
        <source>This IIN is already on line {line} for the same period; put one line per employee and period.</source>
        <translation>Этот ИИН уже есть в строке {line} за тот же период; на каждого сотрудника и период — одна строка.</translation>
    </message>
    <message>
        <source>The registry&apos;s lines add up to {total}, but the order&apos;s amount is {amount}; make them equal.</source>
        <translation>Строки реестра дают в сумме {total}, а сумма поручения {amount}; сделайте их равными.</translation>
    </message>
    <message>
        <source>Choose whether you buy or sell foreign currency.</source>
        <translation>Выберите, покупаете вы иностранную валюту или продаёте.</translation>
    </message>
    <message>
        <source>Choose the account the bank credits.</source>
        <translation>Выберите счёт, который банк зачислит.</translation>
    </message>
    <message>
        <source>The credit account is the debit account; choose an account in the other currency.</source>
        <translation>Счёт зачисления совпадает со счётом списания; выберите счёт в другой валюте.</translation>
    </message>
    <message>
        <source>To buy, debit a tenge account and credit a foreign-currency one; to sell, the reverse. The accounts chosen are in {debit} and {credit}.</source>
        <translation>Для покупки спишите со счёта в тенге и зачислите на валютный; для продажи — наоборот. Выбраны счета в {debit} и {credit}.</translation>
    </message>
    <message>
        <source>Type the amount to debit or the amount to credit.</source>
        <translation>Введите сумму списания или сумму зачисления.</translation>
    </message>
    <message>
        <source>Say what the currency is bought for (currency control requires it), e.g. payment under contract No. 12 of 01.03.2026 for equipment.</source>
        <translation>Укажите, для чего покупается валюта (этого требует валютный контроль), например оплата по договору № 12 от 01.03.2026 за оборудование.</translation>
    </message>
    <message>
        <source>beneficiary&apos;s name</source>
        <translation>наименование получателя</translation>
    </message>
    <message>
        <source>beneficiary&apos;s address</source>
        <translation>адрес получателя</translation>
    </message>
    <message>
        <source>purpose of payment</source>
        <translation>назначение платежа</translation>
    </message>
    <message>
        <source>Type the {field} in Latin letters.</source>
        <translation>Введите латинскими буквами: {field}.</translation>
    </message>
    <message>
        <source>The {field} goes abroad in a SWIFT message, which carries only Latin letters, digits and / - ? : ( ) . , &apos; +; it has &quot;{characters}&quot;. Write it in Latin letters, e.g. as in the contract.</source>
        <translation>В сообщении SWIFT за рубеж допустимы только латинские буквы, цифры и / - ? : ( ) . , &apos; +, а в поле «{field}» есть «{characters}». Напишите латинскими буквами, например как в договоре.</translation>
    </message>
    <message>
        <source>The {field} may have at most {limit} characters in a SWIFT message; it has {count}.</source>
        <translation>В сообщении SWIFT поле «{field}» — не более {limit} символов; сейчас {count}.</translation>
    </message>
    <message>
        <source>Type the beneficiary&apos;s country as a 2-letter code, e.g. DE for Germany.</source>
        <translation>Введите страну получателя двухбуквенным кодом, например DE для Германии.</translation>
    </message>
    <message>
        <source>Type the name, or clear the IIN/BIN and the country to leave this party out.</source>
        <translation>Введите наименование или очистите ИИН/БИН и страну, чтобы не указывать это лицо.</translation>
    </message>
    <message>
        <source>The name may have at most {limit} characters (the interbank limit); it has {count}.</source>
        <translation>Наименование может содержать не более {limit} символов (межбанковское ограничение); в нём {count}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a 2-letter country code (ISO 3166), e.g. DE, CN, US.</source>
        <translation>«{value}» — не двухбуквенный код страны (ISO 3166), например DE, CN, US.</translation>
    </message>
    <message>
        <source>Type the IIN/BIN: a resident of Kazakhstan always has one. For a non-resident, type the country instead.</source>
        <translation>Введите ИИН/БИН: у резидента Казахстана он есть всегда. Для нерезидента вместо него укажите страну.</translation>
    </message>
    <message>
        <source>A payment in foreign currency here goes abroad; for a beneficiary in Kazakhstan make a payment order.</source>
        <translation>Платёж в иностранной валюте здесь уходит за рубеж; для получателя в Казахстане оформите платёжное поручение.</translation>
    </message>
    <message>
        <source>Type the beneficiary&apos;s account number (the IBAN in IBAN countries).</source>
        <translation>Введите номер счёта получателя (в странах IBAN — IBAN).</translation>
    </message>
    <message>
        <source>{country} uses IBAN, and &quot;{value}&quot; is not a valid IBAN: check its letters, digits and check digits against the invoice.</source>
        <translation>В {country} используется IBAN, а «{value}» — недействительный IBAN: сверьте буквы, цифры и контрольные цифры с инвойсом.</translation>
    </message>
    <message>
        <source>This IBAN is of {iban_country}, but the beneficiary&apos;s country is {country}.</source>
        <translation>Этот IBAN относится к {iban_country}, а страна получателя — {country}.</translation>
    </message>
    <message>
        <source>Type the account number as the invoice gives it: Latin letters and digits, at most {limit}.</source>
        <translation>Введите номер счёта, как в инвойсе: латинские буквы и цифры, не более {limit}.</translation>
    </message>
    <message>
        <source>Type the bank&apos;s SWIFT BIC, 8 or 11 characters, e.g. DEUTDEFF.</source>
        <translation>Введите SWIFT БИК банка, 8 или 11 символов, например DEUTDEFF.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a SWIFT BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (place), optionally 3 for the branch.</source>
        <translation>«{value}» — не SWIFT БИК: 4 буквы (банк), 2 буквы (страна), 2 буквы или цифры (место), при необходимости 3 для филиала.</translation>
    </message>
    <message>
        <source>BIC {bic} is of a bank in {bic_country}, but the beneficiary&apos;s country is {country}.</source>
        <translation>БИК {bic} принадлежит банку в {bic_country}, а страна получателя — {country}.</translation>
    </message>
    <message>
        <source>Choose who pays the charges: OUR (you), SHA (shared) or BEN (the beneficiary).</source>
        <translation>Выберите, кто оплачивает комиссии: OUR (вы), SHA (поровну) или BEN (получатель).</translation>
    </message>
    <message>
        <source>The contract&apos;s registration number has Latin letters, digits and / - . only, at most {limit} characters.</source>
        <translation>Учётный номер договора состоит только из латинских букв, цифр и / - ., не более {limit} символов.</translation>
    </message>
    <message>
        <source>Above the equivalent of USD {threshold} a payment abroad names the currency contract&apos;s registration number (currency control); type it as the contract&apos;s registration gives it.</source>
        <translation>Платёж за рубеж свыше эквивалента {threshold} долларов США указывает учётный номер валютного договора (валютный контроль); введите его, как он указан при регистрации договора.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Mistakes in the payment order: {count}. Correct the marked fields before signing.</source>
        <translation>Ошибок в платёжном поручении: {count}. Перед подписанием исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Document {number} is not signed yet; sign it before sending.</source>
        <translation>Документ № {number} ещё не подписан; подпишите его перед отправкой.</translation>
    </message>
</context>
</TS>
