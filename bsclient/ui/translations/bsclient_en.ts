<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchSignDialog</name>
    <message numerus="yes">
        <source>Sign and send %n documents</source>
        <translation>
            <numerusform>Sign and send %n document</numerusform>
            <numerusform>Sign and send %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sent} of %n documents signed and sent to the bank.</source>
        <translation>
            <numerusform>{sent} of %n document signed and sent to the bank.</numerusform>
            <numerusform>{sent} of %n documents signed and sent to the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bank rejected %n of them.</source>
        <translation>
            <numerusform>The bank rejected %n of them.</numerusform>
            <numerusform>The bank rejected %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed because of mistakes.</source>
        <translation>
            <numerusform>%n not signed because of mistakes.</numerusform>
            <numerusform>%n not signed because of mistakes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed because you cancelled.</source>
        <translation>
            <numerusform>%n not signed because you cancelled.</numerusform>
            <numerusform>%n not signed because you cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of your last %n passwords (the bank checks this)</source>
        <translation>
            <numerusform>Not your last password (the bank checks this)</numerusform>
            <numerusform>None of your last %n passwords (the bank checks this)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartyWindow</name>
    <message numerus="yes">
        <source>The counterparty has %n mistakes; each is written under its field.</source>
        <translation>
            <numerusform>The counterparty has %n mistake; it is written under its field.</numerusform>
            <numerusform>The counterparty has %n mistakes; each is written under its field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n counterparties from sent documents.</source>
        <translation>
            <numerusform>Added %n counterparty from sent documents.</numerusform>
            <numerusform>Added %n counterparties from sent documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the directory.</source>
        <translation>
            <numerusform>%n was already in the directory.</numerusform>
            <numerusform>%n were already in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not added for the same kind of reasons.</source>
        <translation>
            <numerusform>… and %n more not added for the same kind of reason.</numerusform>
            <numerusform>… and %n more not added for the same kind of reasons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message numerus="yes">
        <source>{shown} of {total} entries</source>
        <translation>
            <numerusform>{shown} of {total} entry</numerusform>
            <numerusform>{shown} of {total} entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n documents in the file</source>
        <translation>
            <numerusform>%n document in the file</numerusform>
            <numerusform>%n documents in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid orders as drafts</source>
        <translation>
            <numerusform>Import %n valid order as a draft</numerusform>
            <numerusform>Import %n valid orders as drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders were imported as drafts and are in the payment list.</source>
        <translation>
            <numerusform>%n order was imported as a draft and is in the payment list.</numerusform>
            <numerusform>%n orders were imported as drafts and are in the payment list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were left out.</source>
        <translation>
            <numerusform>%n was left out.</numerusform>
            <numerusform>%n were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnpHint</name>
    <message numerus="yes">
        <source>KNP {code} is not in the client&apos;s directory of %n codes, which is not complete. Check the code against the National Bank&apos;s list; you can still sign.</source>
        <translation>
            <numerusform>KNP {code} is not in the client&apos;s directory of %n code, which is not complete. Check the code against the National Bank&apos;s list; you can still sign.</numerusform>
            <numerusform>KNP {code} is not in the client&apos;s directory of %n codes, which is not complete. Check the code against the National Bank&apos;s list; you can still sign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailCounter</name>
    <message numerus="yes">
        <source>Bank mail: %n unread letters</source>
        <translation>
            <numerusform>Bank mail: %n unread letter</numerusform>
            <numerusform>Bank mail: %n unread letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message numerus="yes">
        <source>%n fields to fill in or correct. &lt;a href=&quot;#&quot;&gt;Show&lt;/a&gt;</source>
        <translation>
            <numerusform>%n field to fill in or correct. &lt;a href=&quot;#&quot;&gt;Show&lt;/a&gt;</numerusform>
            <numerusform>%n fields to fill in or correct. &lt;a href=&quot;#&quot;&gt;Show&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Wrong PINs typed in this window: %n.</source>
        <translation>
            <numerusform>Wrong PINs typed in this window: %n.</numerusform>
            <numerusform>Wrong PINs typed in this window: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryTable</name>
    <message numerus="yes">
        <source>%n copied columns did not fit to the right and were left out: {columns} (counting from the first copied column). Start the paste in an earlier column, or copy fewer columns.</source>
        <translation>
            <numerusform>%n copied column did not fit to the right and was left out: {columns} (counting from the first copied column). Start the paste in an earlier column, or copy fewer columns.</numerusform>
            <numerusform>%n copied columns did not fit to the right and were left out: {columns} (counting from the first copied column). Start the paste in an earlier column, or copy fewer columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cells to correct.</source>
        <translation>
            <numerusform>… and %n more cell to correct.</numerusform>
            <numerusform>… and %n more cells to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines, total {total}; the order&apos;s amount {amount}</source>
        <translation>
            <numerusform>%n line, total {total}; the order&apos;s amount {amount}</numerusform>
            <numerusform>%n lines, total {total}; the order&apos;s amount {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message numerus="yes">
        <source>{count} lines received…</source>
        <translation>
            <numerusform>{count} line received…</numerusform>
            <numerusform>{count} lines received…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} lines</source>
        <translation>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} line</numerusform>
            <numerusform>&lt;b&gt;{iban}&lt;/b&gt;, {currency}: {start} – {end}, {count} lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} lines</source>
        <translation>
            <numerusform>{total} line</numerusform>
            <numerusform>{total} lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of {total} lines shown</source>
        <translation>
            <numerusform>The {total} line is not shown</numerusform>
            <numerusform>None of {total} lines shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} lines shown: debit {debit}, credit {credit}</source>
        <translation>
            <numerusform>{shown} of {total} line shown: debit {debit}, credit {credit}</numerusform>
            <numerusform>{shown} of {total} lines shown: debit {debit}, credit {credit}</numerusform>
        </translation>
    </message>
</context>
</TS>
