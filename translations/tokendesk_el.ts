<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ActorText</name>
    <message>
        <location filename="../ui/ActorText.cpp" line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../models/AuditDetails.cpp" line="+22"/>
        <source>Pass code changed</source>
        <translation>Ο κωδικός πρόσβασης άλλαξε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification code changed</source>
        <translation>Ο κωδικός επαλήθευσης άλλαξε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass code reset e-mail queued</source>
        <translation>Το e-mail επαναφοράς κωδικού πρόσβασης μπήκε στην ουρά</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by import %1 of %2</source>
        <translation>Δημιουργήθηκε από την εισαγωγή %1 του %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by import %1 of %2</source>
        <translation>Ενημερώθηκε από την εισαγωγή %1 του %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (undone)</source>
        <translation>%1 (αναιρέθηκε)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom fields changed</source>
        <translation>Τα προσαρμοσμένα πεδία άλλαξαν</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields: %1</source>
        <translation>Προσαρμοσμένα πεδία: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State: %1, as its last association was removed</source>
        <translation>Κατάσταση: %1, επειδή αφαιρέθηκε η τελευταία του συσχέτιση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cleared</source>
        <translation>%1: διαγράφηκε</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: finding the %n selected token(s)…</source>
        <translation>
            <numerusform>%1: αναζήτηση του επιλεγμένου token…</numerusform>
            <numerusform>%1: αναζήτηση των %n επιλεγμένων tokens…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: token %2 of %3</source>
        <translation>%1: διακριτικό %2 από %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n token(s)…</source>
        <translation>
            <numerusform>%1: %n διακριτικό…</numerusform>
            <numerusform>%1: %n διακριτικά…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The selected tokens could not be read, nothing was changed: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των επιλεγμένων tokens, δεν άλλαξε τίποτα: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n token(s) done</source>
        <translation>
            <numerusform>Ολοκληρώθηκε %n διακριτικό</numerusform>
            <numerusform>Ολοκληρώθηκαν %n διακριτικά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n already in that state</source>
        <translation>
            <numerusform>, %n ήταν ήδη σε αυτή την κατάσταση</numerusform>
            <numerusform>, %n ήταν ήδη σε αυτή την κατάσταση</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n left out: their state does not allow it</source>
        <translation>
            <numerusform>, %n παραλείφθηκε: η κατάστασή του δεν το επιτρέπει</numerusform>
            <numerusform>, %n παραλείφθηκαν: η κατάστασή τους δεν το επιτρέπει</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n απέτυχε</numerusform>
            <numerusform>, %n απέτυχαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, cancelled: %n not sent and left unchanged</source>
        <translation>
            <numerusform>, ακυρώθηκε: %n δεν στάλθηκε και έμεινε αμετάβλητο</numerusform>
            <numerusform>, ακυρώθηκε: %n δεν στάλθηκαν και έμειναν αμετάβλητα</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/stores/BulkRunner.cpp" line="+50"/>
        <source>Cancelled before %1 was changed</source>
        <translation>Ακυρώθηκε πριν αλλάξει το %1</translation>
    </message>
</context>
<context>
    <name>ChangePassCodeDialog</name>
    <message>
        <location filename="../ui/ChangePassCodeDialog.cpp" line="+21"/>
        <source>Change Pass Code of %1</source>
        <translation>Αλλαγή κωδικού πρόσβασης του %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hange</source>
        <translation>&amp;Αλλαγή</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current pass code:</source>
        <translation>&amp;Τρέχων κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New pass code:</source>
        <translation>&amp;Νέος κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat new pass code:</source>
        <translation>&amp;Επανάληψη νέου κωδικού πρόσβασης:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the current pass code.</source>
        <translation>Εισαγάγετε τον τρέχοντα κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new pass codes differ.</source>
        <translation>Οι νέοι κωδικοί πρόσβασης διαφέρουν.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+25"/>
        <source>The store: sqlite:PATH, postgres://USER@HOST:PORT/DB or crm+https://USER@HOST/?organisation=ORG.</source>
        <translation>Ο χώρος αποθήκευσης: sqlite:ΔΙΑΔΡΟΜΗ, postgres://ΧΡΗΣΤΗΣ@HOST:PORT/DB ή crm+https://ΧΡΗΣΤΗΣ@HOST/?organisation=ORG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print results as JSON with the wire field names; errors as JSON on stderr.</source>
        <translation>Εμφάνιση αποτελεσμάτων σε JSON με τα ονόματα πεδίων του API· σφάλματα σε JSON στο stderr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Εμφάνιση αυτής της βοήθειας.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--store needs a URL</source>
        <translation>Το --store χρειάζεται ένα URL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown option %1</source>
        <translation>Άγνωστη επιλογή %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No command given</source>
        <translation>Δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs one of: %2</source>
        <translation>Το %1 χρειάζεται ένα από: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command %1</source>
        <translation>Άγνωστη εντολή %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Usage: tokendesk-cli [--store URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Χρήση: tokendesk-cli [--store URL] [--json] ΕΝΤΟΛΗ [ΟΡΙΣΜΑΤΑ] [ΕΠΙΛΟΓΕΣ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage CRM.COM access tokens in a TokenDesk store.</source>
        <translation>Διαχείριση διακριτικών πρόσβασης του CRM.COM σε χώρο αποθήκευσης του TokenDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global options:</source>
        <translation>Γενικές επιλογές:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version.</source>
        <translation>Εμφάνιση της έκδοσης.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store defaults to $TOKENDESK_STORE, else sqlite:%1.</source>
        <translation>Προεπιλεγμένος χώρος αποθήκευσης είναι το $TOKENDESK_STORE, αλλιώς το sqlite:%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Εντολές:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>REF names one token: authentication_code:X, id:X, number:N, or identifier:X with its pass code in --pass-code P (--current-pass-code P for update, verify and change-pass-code).</source>
        <translation>Το REF ορίζει ένα διακριτικό: authentication_code:X, id:X, number:N ή identifier:X με τον κωδικό πρόσβασής του στο --pass-code P (--current-pass-code P για τα update, verify και change-pass-code).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets come from the environment only: TOKENDESK_PASSWORD (PostgreSQL, CRM.COM user) and TOKENDESK_API_KEY (CRM.COM web API key).</source>
        <translation>Τα μυστικά διαβάζονται μόνο από το περιβάλλον: TOKENDESK_PASSWORD (PostgreSQL, χρήστης CRM.COM) και TOKENDESK_API_KEY (κλειδί web API του CRM.COM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 success, 1 the operation failed, 2 the command line is wrong.</source>
        <translation>Κωδικός εξόδου: 0 επιτυχία, 1 η λειτουργία απέτυχε, 2 η γραμμή εντολών είναι λανθασμένη.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run tokendesk-cli COMMAND --help for the options of a command.</source>
        <translation>Εκτελέστε tokendesk-cli ΕΝΤΟΛΗ --help για τις επιλογές μιας εντολής.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: tokendesk-cli [--store URL] [--json] %1 %2</source>
        <translation>Χρήση: tokendesk-cli [--store URL] [--json] %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Επιλογές:</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+40"/>
        <source>%1 did not exist: a new, empty store was made there.</source>
        <translation>Το %1 δεν υπήρχε: δημιουργήθηκε εκεί νέος, κενός χώρος αποθήκευσης.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+43"/>
        <source>(set)</source>
        <translation>(ορισμένο)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, owner %1</source>
        <translation>, κάτοχος %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (shown once: the store keeps only a hash of it)</source>
        <translation>  (εμφανίζεται μία φορά: ο χώρος αποθήκευσης κρατά μόνο το hash του)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No tokens match.</source>
        <translation>Κανένα διακριτικό δεν ταιριάζει.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens %1 to %2 of %3.</source>
        <translation>Διακριτικά %1 έως %2 από %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n token(s).</source>
        <translation>
            <numerusform>%n διακριτικό.</numerusform>
            <numerusform>%n διακριτικά.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>(see tokendesk-cli --help)</source>
        <translation>(δείτε tokendesk-cli --help)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../app/io/ColumnMapping.cpp" line="+132"/>
        <source>&quot;%1&quot; is not a field an import can set; use one of %2, custom:NAME or ignore</source>
        <translation>Το «%1» δεν είναι πεδίο που μπορεί να ορίσει μια εισαγωγή· χρησιμοποιήστε ένα από %2, custom:NAME ή ignore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(ignore)</source>
        <translation>(παράβλεψη)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field &quot;%1&quot;</source>
        <translation>Προσαρμοσμένο πεδίο «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--map needs COLUMN=FIELD, not &quot;%1&quot;</source>
        <translation>Το --map χρειάζεται ΣΤΗΛΗ=ΠΕΔΙΟ, όχι «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file has no column &quot;%1&quot;</source>
        <translation>Το αρχείο δεν έχει στήλη «%1»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Columns %1 and %2 are both mapped to %3</source>
        <translation>Οι στήλες %1 και %2 αντιστοιχίζονται και οι δύο στο %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No column is mapped to a token field</source>
        <translation>Καμία στήλη δεν αντιστοιχίζεται σε πεδίο διακριτικού</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no saved mapping &quot;%1&quot;</source>
        <translation>Δεν υπάρχει αποθηκευμένη αντιστοίχιση «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column %1</source>
        <translation>στήλη %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The saved mapping &quot;%1&quot; names none of this file&apos;s columns</source>
        <translation>Η αποθηκευμένη αντιστοίχιση «%1» δεν αναφέρει καμία στήλη αυτού του αρχείου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved mapping &quot;%1&quot; names none of this file&apos;s columns; it was saved for columns such as %2</source>
        <translation>Η αποθηκευμένη αντιστοίχιση «%1» δεν αναφέρει καμία στήλη αυτού του αρχείου· αποθηκεύτηκε για στήλες όπως %2</translation>
    </message>
</context>
<context>
    <name>CompensatingImportSession</name>
    <message>
        <location filename="../app/io/CompensatingImportSession.cpp" line="+55"/>
        <source>A token cannot be moved from %1 to %2 by an import</source>
        <translation>Μια εισαγωγή δεν μπορεί να μεταφέρει διακριτικό από %1 σε %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new token starts as %1 and cannot be imported as %2</source>
        <translation>Ένα νέο διακριτικό ξεκινά ως %1 και δεν μπορεί να εισαχθεί ως %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1; %2</source>
        <translation>%1· %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A token cannot be moved back to PENDING_VERIFICATION by an import</source>
        <translation>Μια εισαγωγή δεν μπορεί να επαναφέρει διακριτικό σε PENDING_VERIFICATION</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>token %1 stays: it waits for verification, and only a token that is not effective can be deleted</source>
        <translation>το διακριτικό %1 παραμένει: αναμένει επαλήθευση, και μόνο ένα ανενεργό διακριτικό μπορεί να διαγραφεί</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token %1 stays: %2</source>
        <translation>το διακριτικό %1 παραμένει: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import could not be undone completely: %1</source>
        <translation>Η εισαγωγή δεν ήταν δυνατό να αναιρεθεί πλήρως: %1</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+23"/>
        <source>Print the access token definition as KEY=VALUE lines.</source>
        <translation>Εμφάνιση του ορισμού διακριτικών πρόσβασης ως γραμμές ΚΛΕΙΔΙ=ΤΙΜΗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=VALUE...</source>
        <translation>ΚΛΕΙΔΙ=ΤΙΜΗ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change settings of the definition (all or nothing).</source>
        <translation>Αλλαγή ρυθμίσεων του ορισμού (όλες ή καμία).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the classifications.</source>
        <translation>Εμφάνιση των ταξινομήσεων.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 takes no arguments, not &quot;%2&quot;</source>
        <translation>Το %1 δεν δέχεται ορίσματα, όχι «%2»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>config set needs KEY=VALUE; the keys are: %1</source>
        <translation>Το config set χρειάζεται ΚΛΕΙΔΙ=ΤΙΜΗ· τα κλειδιά είναι: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config set needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>Το config set χρειάζεται ΚΛΕΙΔΙ=ΤΙΜΗ, όχι «%1»</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alternative_code</source>
        <translation>alternative_code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verification_required</source>
        <translation>verification_required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>description</translation>
    </message>
</context>
<context>
    <name>ConfigurationDialog</name>
    <message>
        <location filename="../ui/ConfigurationDialog.cpp" line="+44"/>
        <location line="+315"/>
        <source>Configure Store</source>
        <translation>Ρύθμιση χώρου αποθήκευσης</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>&amp;Definition</source>
        <translation>&amp;Ορισμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassifications</source>
        <translation>Τα&amp;ξινομήσεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;rectory</source>
        <translation>&amp;Κατάλογος</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These settings apply to tokens without a classification.</source>
        <translation>Αυτές οι ρυθμίσεις ισχύουν για διακριτικά χωρίς ταξινόμηση.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Classifications</source>
        <translation>Ταξινομήσεις</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Α&amp;φαίρεση</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative &amp;code:</source>
        <translation>Εναλ&amp;λακτικός κωδικός:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>Περι&amp;γραφή:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+40"/>
        <source>Accounts receivable</source>
        <translation>Λογαριασμοί πελατών</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+45"/>
        <source>Reward participants</source>
        <translation>Μέλη επιβράβευσης</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Add a&amp;ccount</source>
        <translation>Προσθήκη &amp;λογαριασμού</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;participant</source>
        <translation>Προσθήκη &amp;μέλους</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The configuration could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των λογαριασμών: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The participants could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των μελών: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New classification</source>
        <translation>Νέα ταξινόμηση</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every classification needs a name.</source>
        <translation>Κάθε ταξινόμηση χρειάζεται όνομα.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration was not saved: %1</source>
        <translation>Οι ρυθμίσεις δεν αποθηκεύτηκαν: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The account %1 was not added: %2</source>
        <translation>Ο λογαριασμός %1 δεν προστέθηκε: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The participant %1 was not added: %2</source>
        <translation>Το μέλος %1 δεν προστέθηκε: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discard the changes to the token definition, the classifications and the directory?</source>
        <translation>Απόρριψη των αλλαγών στον ορισμό των διακριτικών, στις ταξινομήσεις και στον κατάλογο;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The account %1 is in the directory already.</source>
        <translation>Ο λογαριασμός %1 υπάρχει ήδη στον κατάλογο.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added on Save</source>
        <translation>Προστίθεται κατά την αποθήκευση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the store with Save; Delete takes it off the list</source>
        <translation>Προστίθεται στον χώρο αποθήκευσης με την Αποθήκευση· το Delete το αφαιρεί από τη λίστα</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The participant %1 is in the directory already.</source>
        <translation>Το μέλος %1 υπάρχει ήδη στον κατάλογο.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>An account needs a number.</source>
        <translation>Ένας λογαριασμός χρειάζεται αριθμό.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A participant needs a number.</source>
        <translation>Ένα μέλος χρειάζεται αριθμό.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+19"/>
        <source>(cleared)</source>
        <translation>(εκκαθαρίστηκε)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(new pass code)</source>
        <translation>(νέος κωδικός πρόσβασης)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(set)</source>
        <translation>(ορισμένο)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+46"/>
        <location line="+1"/>
        <source>(not set)</source>
        <translation>(δεν έχει οριστεί)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Token changed by someone else</source>
        <translation>Το διακριτικό άλλαξε από άλλον χρήστη</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Custom field %1</source>
        <translation>Προσαρμοσμένο πεδίο %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>(removed)</source>
        <translation>(αφαιρέθηκε)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Token %1 was changed by someone else after you opened it.
Overwrite saves your values and keeps their other changes. Reload shows their version and drops your edits. Cancel keeps your edits, unsaved.</source>
        <translation>Το διακριτικό %1 άλλαξε από άλλον χρήστη αφού το ανοίξατε.
Η Αντικατάσταση αποθηκεύει τις τιμές σας και κρατά τις άλλες αλλαγές του. Η Επαναφόρτωση δείχνει την εκδοχή του και απορρίπτει τις αλλαγές σας. Η Ακύρωση κρατά τις αλλαγές σας, χωρίς αποθήκευση.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When you opened it</source>
        <translation>Όταν το ανοίξατε</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Η τιμή σας</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now in the store</source>
        <translation>Τώρα στον χώρο αποθήκευσης</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>(not edited)</source>
        <translation>(χωρίς αλλαγή)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Επαναφόρτωση</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Αντικατάσταση</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/ConnectionDialog.cpp" line="+45"/>
        <source>Connections</source>
        <translation>Συνδέσεις</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Production CRM.COM</source>
        <translation>π.χ. CRM.COM παραγωγής</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>SQLite file</source>
        <translation>Αρχείο SQLite</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>PostgreSQL server</source>
        <translation>Διακομιστής PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM.COM server</source>
        <translation>Διακομιστής CRM.COM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Host:</source>
        <translation>&amp;Κεντρικός υπολογιστής:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Θύρα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Βάση δεδομένων:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name and password</source>
        <translation>Όνομα χρήστη και κωδικός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web API key</source>
        <translation>Κλειδί web API</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+218"/>
        <source>optional; for changing pass codes</source>
        <translation>προαιρετικό· για αλλαγή κωδικών πρόσβασης</translation>
    </message>
    <message>
        <location line="-214"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;erver:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn in with:</source>
        <translation>Σύνδεση &amp;με:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer application &amp;key:</source>
        <translation>Κλειδί εφαρμογής &amp;καταναλωτή:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>Χρονικό ό&amp;ριο:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Έμπιστο &amp;πιστοποιητικό:</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>kept until TokenDesk closes; type to change</source>
        <translation>διατηρείται μέχρι να κλείσει το TokenDesk· πληκτρολογήστε για αλλαγή</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not stored; asked when connecting</source>
        <translation>δεν έχει αποθηκευτεί· ζητείται κατά τη σύνδεση</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Web API key:</source>
        <translation>Κλειδί &amp;Web API:</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Server: %1
Issued to: %2
Issued by: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>Διακομιστής: %1
Εκδόθηκε για: %2
Εκδόθηκε από: %3
Ισχύει από %4 έως %5
SHA-256: %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust This Certificate?</source>
        <translation>Εμπιστοσύνη σε αυτό το πιστοποιητικό;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Trust this certificate only if its SHA-256 fingerprint is the one your CRM.COM administrator gave you. From then on this connection accepts this certificate and no other.</source>
        <translation>%1

Εμπιστευτείτε αυτό το πιστοποιητικό μόνο αν το αποτύπωμα SHA-256 του είναι αυτό που σας έδωσε ο διαχειριστής του CRM.COM. Από εκεί και πέρα αυτή η σύνδεση δέχεται μόνο αυτό το πιστοποιητικό.</translation>
    </message>
    <message>
        <location line="-491"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Οργανισμός:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SHA-256 fingerprint (optional)</source>
        <translation>Αποτύπωμα SHA-256 (προαιρετικό)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a certificate you checked with the server&apos;s administrator</source>
        <translation>Μόνο για πιστοποιητικό που ελέγξατε με τον διαχειριστή του διακομιστή</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Μονάδα:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Para&amp;llel requests:</source>
        <translation>Παρά&amp;λληλα αιτήματα:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+255"/>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός:</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Na&amp;me:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store:</source>
        <translation>Χώρος &amp;αποθήκευσης:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust T&amp;his Certificate…</source>
        <translation>Εμπιστοσύνη σε αυτό το πιστοποιητικό (&amp;H)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Βάσεις δεδομένων SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>New connection</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kept in the keychain; type to change</source>
        <translation>φυλάσσεται στην κλειδοθήκη· πληκτρολογήστε για αλλαγή</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The server must be an address like https://crm.example.com</source>
        <translation>Ο διακομιστής πρέπει να είναι διεύθυνση όπως https://crm.example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CRM.COM user name</source>
        <translation>Εισαγάγετε το όνομα χρήστη του CRM.COM</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits</source>
        <translation>Ένα αποτύπωμα SHA-256 έχει 64 δεκαεξαδικά ψηφία</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connect to %1</source>
        <translation>Σύνδεση σε %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Enter the %2:</source>
        <translation>%1

Εισαγάγετε %2:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>web API key</source>
        <translation>κλειδί Web API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>κωδικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1.</source>
        <translation>Συνδέθηκε σε %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/service/ConnectionProfile.cpp" line="+34"/>
        <source>Give the connection a name</source>
        <translation>Δώστε όνομα στη σύνδεση</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeout must be between 1 and 600 seconds</source>
        <translation>Το χρονικό όριο πρέπει να είναι από 1 έως 600 δευτερόλεπτα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parallel requests must be between 1 and 32</source>
        <translation>Τα παράλληλα αιτήματα πρέπει να είναι από 1 έως 32</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM.COM is reached over https; plain http is allowed on this computer only</source>
        <translation>Το CRM.COM προσεγγίζεται μέσω https· το απλό http επιτρέπεται μόνο σε αυτόν τον υπολογιστή</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <location filename="../app/service/ConnectionProfiles.cpp" line="+100"/>
        <source>The connection profiles could not be saved to %1</source>
        <translation>Τα προφίλ σύνδεσης δεν ήταν δυνατό να αποθηκευτούν στο %1</translation>
    </message>
</context>
<context>
    <name>CrmApiTokenStore</name>
    <message>
        <location filename="../app/stores/crm/CrmApiTokenStore.cpp" line="+102"/>
        <source>The CRM.COM connection is not open</source>
        <translation>Η σύνδεση με το CRM.COM δεν είναι ανοιχτή</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web API key was given for %1</source>
        <translation>Δεν δόθηκε κλειδί web API για %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given for %1 at %2</source>
        <translation>Δεν δόθηκε κωδικός για %1 στο %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CRM.COM at %1</source>
        <translation>CRM.COM στο %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM.COM at %1 (%2)</source>
        <translation>CRM.COM στο %1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The access token definition and classifications of CRM.COM are edited in CRM.COM itself</source>
        <translation>Ο ορισμός διακριτικών πρόσβασης και οι ταξινομήσεις του CRM.COM επεξεργάζονται στο ίδιο το CRM.COM</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CRM.COM finds a token only by authentication code or by identifier and pass code; token %1 has no authentication code known to TokenDesk</source>
        <translation>Το CRM.COM βρίσκει διακριτικό μόνο με κωδικό ταυτοποίησης ή με αναγνωριστικό και κωδικό πρόσβασης· το TokenDesk δεν γνωρίζει κωδικό ταυτοποίησης για το διακριτικό %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown token reference</source>
        <translation>Άγνωστη αναφορά διακριτικού</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The CRM.COM reply carries no access token</source>
        <translation>Η απάντηση του CRM.COM δεν περιέχει διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1. The token may have been created; it has no authentication code to look it up by, so TokenDesk does not repeat the create. Check the account&apos;s tokens before trying again.</source>
        <translation>%1. Το διακριτικό μπορεί να έχει δημιουργηθεί· δεν έχει κωδικό ταυτοποίησης για να αναζητηθεί, οπότε το TokenDesk δεν επαναλαμβάνει τη δημιουργία. Ελέγξτε τα διακριτικά του λογαριασμού πριν δοκιμάσετε ξανά.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1. Whether the token was created could not be checked: %2</source>
        <translation>%1. Δεν ήταν δυνατό να ελεγχθεί αν δημιουργήθηκε το διακριτικό: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the token was cancelled. It may have been created all the same; it has no authentication code to look it up by, so check the account&apos;s tokens before trying again.</source>
        <translation>Η δημιουργία του διακριτικού ακυρώθηκε. Ίσως δημιουργήθηκε παρ&apos; όλα αυτά· δεν έχει κωδικό ταυτοποίησης για να αναζητηθεί, οπότε ελέγξτε τα διακριτικά του λογαριασμού πριν δοκιμάσετε ξανά.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the token with authentication code %1 was cancelled; it was not created</source>
        <translation>Η δημιουργία του διακριτικού με κωδικό ταυτοποίησης %1 ακυρώθηκε· δεν δημιουργήθηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the token with authentication code %1 was cancelled; whether it was created could not be checked: %2</source>
        <translation>Η δημιουργία του διακριτικού με κωδικό ταυτοποίησης %1 ακυρώθηκε· δεν ήταν δυνατό να ελεγχθεί αν δημιουργήθηκε: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Token %1 was changed by someone else since it was read; reload it and try again</source>
        <translation>Το διακριτικό %1 άλλαξε από άλλον χρήστη αφότου διαβάστηκε· φορτώστε το ξανά και δοκιμάστε πάλι</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CRM.COM has no account numbered %1</source>
        <translation>Το CRM.COM δεν έχει λογαριασμό με αριθμό %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM.COM has no rewards participant numbered %1</source>
        <translation>Το CRM.COM δεν έχει συμμετέχοντα επιβράβευσης με αριθμό %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Changing a pass code on CRM.COM needs a consumer application key; add it to the connection profile</source>
        <translation>Η αλλαγή κωδικού πρόσβασης στο CRM.COM χρειάζεται κλειδί εφαρμογής καταναλωτή· προσθέστε το στο προφίλ σύνδεσης</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token %1 has no identifier, so its pass code cannot be changed</source>
        <translation>Το διακριτικό %1 δεν έχει αναγνωριστικό, οπότε ο κωδικός πρόσβασής του δεν μπορεί να αλλάξει</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CRM.COM consumer login reply carries no session token</source>
        <translation>Η απάντηση σύνδεσης καταναλωτή του CRM.COM δεν περιέχει διακριτικό συνεδρίας</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CRM.COM cannot search or filter access tokens by column</source>
        <translation>Το CRM.COM δεν μπορεί να αναζητήσει ή να φιλτράρει διακριτικά πρόσβασης κατά στήλη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM.COM pages access tokens by offset only</source>
        <translation>Το CRM.COM σελιδοποιεί τα διακριτικά πρόσβασης μόνο με μετατόπιση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM.COM returns access tokens in its own order; they cannot be sorted by %1</source>
        <translation>Το CRM.COM επιστρέφει τα διακριτικά πρόσβασης με δική του σειρά· δεν μπορούν να ταξινομηθούν κατά %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the tokens of an account needs its number</source>
        <translation>Για την εμφάνιση των διακριτικών ενός λογαριασμού χρειάζεται ο αριθμός του</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the tokens of a rewards participant needs its number</source>
        <translation>Για την εμφάνιση των διακριτικών ενός μέλους επιβράβευσης χρειάζεται ο αριθμός του</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM.COM lists an account&apos;s or participant&apos;s tokens in every state</source>
        <translation>Το CRM.COM εμφανίζει τα διακριτικά λογαριασμού ή μέλους σε κάθε κατάσταση</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CRM.COM cannot filter tokens that are not associated by classification</source>
        <translation>Το CRM.COM δεν μπορεί να φιλτράρει κατά ταξινόμηση τα μη συσχετισμένα διακριτικά</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CRM.COM lists the tokens of one accounts receivable, of one rewards participant, or those not associated; choose one</source>
        <translation>Το CRM.COM εμφανίζει τα διακριτικά ενός λογαριασμού πελάτη, ενός μέλους επιβράβευσης ή τα μη συσχετισμένα· επιλέξτε ένα</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The CRM.COM reply to a list is not a list</source>
        <translation>Η απάντηση του CRM.COM σε αίτημα λίστας δεν είναι λίστα</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>TokenDesk does not browse CRM.COM&apos;s accounts receivable; enter the account number</source>
        <translation>Το TokenDesk δεν περιηγείται τους λογαριασμούς πελατών του CRM.COM· εισαγάγετε τον αριθμό λογαριασμού</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts receivable are created in CRM.COM itself</source>
        <translation>Οι λογαριασμοί πελατών δημιουργούνται στο ίδιο το CRM.COM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TokenDesk does not browse CRM.COM&apos;s rewards participants; enter the participant number</source>
        <translation>Το TokenDesk δεν περιηγείται τα μέλη επιβράβευσης του CRM.COM· εισαγάγετε τον αριθμό μέλους</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rewards participants are created in CRM.COM itself</source>
        <translation>Τα μέλη επιβράβευσης δημιουργούνται στο ίδιο το CRM.COM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM.COM keeps no audit trail that TokenDesk can read; see the token&apos;s log information</source>
        <translation>Το CRM.COM δεν τηρεί ιστορικό ελέγχου που μπορεί να διαβάσει το TokenDesk· δείτε τις πληροφορίες καταγραφής του διακριτικού</translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../app/stores/crm/CrmClient.cpp" line="+176"/>
        <source>Logging in to CRM.COM failed: %1</source>
        <translation>Η σύνδεση στο CRM.COM απέτυχε: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM.COM login reply carries no session token</source>
        <translation>Η απάντηση σύνδεσης του CRM.COM δεν περιέχει διακριτικό συνεδρίας</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The CRM.COM session expired before the request was carried out; nothing was changed. Repeat the action to log in again.</source>
        <translation>Η συνεδρία CRM.COM έληξε πριν εκτελεστεί το αίτημα· δεν άλλαξε τίποτα. Επαναλάβετε την ενέργεια για να συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3. Trust it in the connection dialog only if you know it is your server&apos;s.</source>
        <translation>Το πιστοποιητικό του %1 δεν είναι έμπιστο (%2). Το αποτύπωμα SHA-256 του είναι %3. Εμπιστευτείτε το στο παράθυρο σύνδεσης μόνο αν γνωρίζετε ότι ανήκει στον διακομιστή σας.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>The certificate of %1 is not the one trusted for this connection: its SHA-256 fingerprint is %2, the trusted one is %3.</source>
        <translation>Το πιστοποιητικό του %1 δεν είναι αυτό που εμπιστεύεται αυτή η σύνδεση: το αποτύπωμα SHA-256 του είναι %2, του έμπιστου είναι %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The request to %1 was cancelled</source>
        <translation>Το αίτημα προς %1 ακυρώθηκε</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer within %2 seconds</source>
        <translation>Το %1 δεν απάντησε μέσα σε %2 δευτερόλεπτα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply from %1 is larger than %2 MiB and was refused; the request may or may not have been carried out</source>
        <translation>Η απάντηση από %1 είναι μεγαλύτερη από %2 MiB και απορρίφθηκε· το αίτημα μπορεί να έχει εκτελεστεί ή όχι</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the connection; is the CRM.COM server running on that port?</source>
        <translation>Το %1 αρνήθηκε τη σύνδεση· εκτελείται ο διακομιστής CRM.COM σε αυτή τη θύρα;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection before answering; the request may or may not have been carried out</source>
        <translation>Το %1 έκλεισε τη σύνδεση πριν απαντήσει· το αίτημα μπορεί να έχει εκτελεστεί ή όχι</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server name %1 is not known</source>
        <translation>Το όνομα διακομιστή %1 είναι άγνωστο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request to %1 failed: %2</source>
        <translation>Το αίτημα προς %1 απέτυχε: %2</translation>
    </message>
</context>
<context>
    <name>CrmEnvelope</name>
    <message>
        <location filename="../app/stores/crm/CrmEnvelope.cpp" line="+44"/>
        <source>The CRM.COM server answered HTTP %1 instead of 200</source>
        <translation>Ο διακομιστής CRM.COM απάντησε HTTP %1 αντί για 200</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CRM.COM server&apos;s reply is nested too deeply to be read (%1 bytes received)</source>
        <translation>Η απάντηση του διακομιστή CRM.COM είναι υπερβολικά βαθιά εμφωλευμένη για να διαβαστεί (ελήφθησαν %1 byte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM.COM server&apos;s reply is not JSON (%1 bytes received)</source>
        <translation>Η απάντηση του διακομιστή CRM.COM δεν είναι JSON (λήφθηκαν %1 byte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM.COM server&apos;s reply has no status code; is the URL the V4 API base?</source>
        <translation>Η απάντηση του διακομιστή CRM.COM δεν έχει κωδικό κατάστασης· είναι το URL η βάση του API V4;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CRM.COM refused the request with status %1 and gave no reason</source>
        <translation>Το CRM.COM απέρριψε το αίτημα με κατάσταση %1 χωρίς αιτιολογία</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>CRM.COM refused the request (%1): %2</source>
        <translation>Το CRM.COM απέρριψε το αίτημα (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM.COM refused the request (%1): %2 — %3</source>
        <translation>Το CRM.COM απέρριψε το αίτημα (%1): %2 — %3</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <location filename="../app/io/CsvPreview.cpp" line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown encoding &quot;%1&quot;; use one of %2</source>
        <translation>Άγνωστη κωδικοποίηση «%1»· χρησιμοποιήστε μία από %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/io/CsvReader.cpp" line="+31"/>
        <source>Unknown encoding &quot;%1&quot;</source>
        <translation>Άγνωστη κωδικοποίηση «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delimiter cannot be a quote or a line break</source>
        <translation>Το διαχωριστικό δεν μπορεί να είναι εισαγωγικό ή αλλαγή γραμμής</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty</source>
        <translation>Το αρχείο είναι κενό</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected %1 fields, found %2</source>
        <translation>αναμένονταν %1 πεδία, βρέθηκαν %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read past line %1</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί μετά τη γραμμή %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the file: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>bytes that are not valid %1 (is the file in another encoding?)</source>
        <translation>byte που δεν είναι έγκυρο %1 (μήπως το αρχείο έχει άλλη κωδικοποίηση;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a record longer than %1 characters</source>
        <translation>εγγραφή μεγαλύτερη από %1 χαρακτήρες</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>more than %1 columns</source>
        <translation>περισσότερες από %1 στήλες</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a quoted field that is never closed, or longer than %1 characters</source>
        <translation>ένα πεδίο σε εισαγωγικά που δεν κλείνει ποτέ ή έχει περισσότερους από %1 χαρακτήρες</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>a field longer than %1 characters</source>
        <translation>πεδίο μεγαλύτερο από %1 χαρακτήρες</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>a quoted field is never closed</source>
        <translation>ένα πεδίο σε εισαγωγικά δεν κλείνει ποτέ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quoted field is never closed, so line %1 was read into it</source>
        <translation>ένα πεδίο σε εισαγωγικά δεν κλείνει ποτέ, οπότε η γραμμή %1 διαβάστηκε μέσα του</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quoted field is never closed, so lines %1 to %2 were read into it</source>
        <translation>ένα πεδίο σε εισαγωγικά δεν κλείνει ποτέ, οπότε οι γραμμές %1 έως %2 διαβάστηκαν μέσα του</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>text after the closing quote of field %1</source>
        <translation>κείμενο μετά το εισαγωγικό κλεισίματος του πεδίου %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a quote inside field %1, which is not quoted</source>
        <translation>εισαγωγικό μέσα στο πεδίο %1, το οποίο δεν είναι σε εισαγωγικά</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../app/io/CsvWriter.cpp" line="+28"/>
        <location line="+73"/>
        <source>Cannot write the file: %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αρχείου: %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <location filename="../models/CustomFieldsModel.cpp" line="+40"/>
        <source>A custom field needs a name</source>
        <translation>Ένα προσαρμοσμένο πεδίο χρειάζεται όνομα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a custom field named %1</source>
        <translation>Υπάρχει ήδη προσαρμοσμένο πεδίο με όνομα %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>field</source>
        <translation>πεδίο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field %1</source>
        <translation>πεδίο %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+11"/>
        <source>--count N [--seed S]</source>
        <translation>--count N [--seed S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add demo classifications, accounts, participants and N tokens.</source>
        <translation>Προσθήκη δοκιμαστικών ταξινομήσεων, λογαριασμών, μελών και N διακριτικών.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many tokens to create.</source>
        <translation>Πόσα διακριτικά θα δημιουργηθούν.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same seed gives the same data (default %1).</source>
        <translation>Ο ίδιος σπόρος δίνει τα ίδια δεδομένα (προεπιλογή %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo takes options only, not &quot;%1&quot;</source>
        <translation>Το demo δέχεται μόνο επιλογές, όχι «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo needs --count N with N a number of tokens</source>
        <translation>Το demo χρειάζεται --count N, όπου N το πλήθος των διακριτικών</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a non-negative number</source>
        <translation>Το --seed χρειάζεται μη αρνητικό αριθμό</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added %1 classifications, %2 accounts receivable and %3 reward participants.</source>
        <translation>Προστέθηκαν %1 ταξινομήσεις, %2 λογαριασμοί πελατών και %3 μέλη επιβράβευσης.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1 tokens in %2 s: %3 EFFECTIVE, %4 PENDING_VERIFICATION, %5 NOT_EFFECTIVE; %6 with an e-mail identifier and pass code.</source>
        <translation>Δημιουργήθηκαν %1 διακριτικά σε %2 s: %3 EFFECTIVE, %4 PENDING_VERIFICATION, %5 NOT_EFFECTIVE· %6 με αναγνωριστικό e-mail και κωδικό πρόσβασης.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../app/service/DemoDataGenerator.cpp" line="+139"/>
        <source>Plastic loyalty cards handed out at the till</source>
        <translation>Πλαστικές κάρτες επιβράβευσης που δίνονται στο ταμείο</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in of the mobile app; confirmed by a code sent by SMS</source>
        <translation>Σύνδεση στην εφαρμογή κινητού· επιβεβαιώνεται με κωδικό που αποστέλλεται με SMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer portal log-in with e-mail and pass code</source>
        <translation>Σύνδεση στην πύλη πελατών με e-mail και κωδικό πρόσβασης</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="+40"/>
        <source>--number N --name NAME [--owner NAME] [--state S]</source>
        <translation>--number N --name NAME [--owner NAME] [--state S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an accounts receivable to the directory.</source>
        <translation>Προσθήκη λογαριασμού πελάτη στον κατάλογο.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>[--search PREFIX] [--limit N]</source>
        <translation>[--search ΠΡΟΘΕΜΑ] [--limit N]</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>List accounts receivable.</source>
        <translation>Εμφάνιση λογαριασμών πελατών.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--number N [--state S]</source>
        <translation>--number N [--state S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reward participant to the directory.</source>
        <translation>Προσθήκη μέλους επιβράβευσης στον κατάλογο.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List reward participants.</source>
        <translation>Εμφάνιση μελών επιβράβευσης.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefix of the number (or, for accounts, the name).</source>
        <translation>Πρόθεμα του αριθμού (ή, για λογαριασμούς, του ονόματος).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREFIX</source>
        <translation>ΠΡΟΘΕΜΑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N entries (default 100).</source>
        <translation>Το πολύ N εγγραφές (προεπιλογή 100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The number, unique in the directory.</source>
        <translation>Ο αριθμός, μοναδικός στον κατάλογο.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life cycle state (default ACTIVE).</source>
        <translation>Κατάσταση κύκλου ζωής (προεπιλογή ACTIVE).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s name.</source>
        <translation>Το όνομα του λογαριασμού.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account owner&apos;s name.</source>
        <translation>Το όνομα του κατόχου του λογαριασμού.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 takes options only, not &quot;%2&quot;</source>
        <translation>Το %1 δέχεται μόνο επιλογές, όχι «%2»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>accounts add needs --number N and --name NAME</source>
        <translation>Το accounts add χρειάζεται --number N και --name ΟΝΟΜΑ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added accounts receivable %1 &quot;%2&quot;.</source>
        <translation>Προστέθηκε ο λογαριασμός πελάτη %1 «%2».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>--limit needs a positive number</source>
        <translation>Το --limit χρειάζεται θετικό αριθμό</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+48"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>life_cycle_state</source>
        <translation>life_cycle_state</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>participants add needs --number N</source>
        <translation>Το participants add χρειάζεται --number N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added reward participant %1.</source>
        <translation>Προστέθηκε το μέλος επιβράβευσης %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+18"/>
        <source>FILE [LIST FILTERS] [--columns FIELD,...] [--bom]</source>
        <translation>ΑΡΧΕΙΟ [ΦΙΛΤΡΑ ΛΙΣΤΑΣ] [--columns ΠΕΔΙΟ,...] [--bom]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the tokens the filters select to a CSV file (UTF-8, wire names as header).</source>
        <translation>Εξαγωγή των διακριτικών που επιλέγουν τα φίλτρα σε αρχείο CSV (UTF-8, ονόματα του API ως κεφαλίδα).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns, comma-separated wire names or custom:NAME (default: every standard field; custom fields only when named).</source>
        <translation>Οι στήλες, ονόματα του API χωρισμένα με κόμμα ή custom:ΟΝΟΜΑ (προεπιλογή: όλα τα βασικά πεδία· τα προσαρμοσμένα πεδία μόνο όταν ονομάζονται).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LIST</source>
        <translation>ΛΙΣΤΑ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the file with a UTF-8 byte order mark, without which Excel reads it in the system&apos;s code page.</source>
        <translation>Έναρξη του αρχείου με σήμανση σειράς byte UTF-8, χωρίς την οποία το Excel το διαβάζει στην κωδικοσελίδα του συστήματος.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export needs exactly one FILE (or - for stdout)</source>
        <translation>Το export χρειάζεται ακριβώς ένα ΑΡΧΕΙΟ (ή - για το stdout)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write to stdout</source>
        <translation>Δεν είναι δυνατή η εγγραφή στο stdout</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>Εξήχθη %n διακριτικό στο %1</numerusform>
            <numerusform>Εξήχθησαν %n διακριτικά στο %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterHeaderView</name>
    <message>
        <location filename="../ui/FilterHeaderView.cpp" line="+58"/>
        <source>Filter</source>
        <translation>Φίλτρο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter %1</source>
        <translation>Φιλτράρισμα %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+42"/>
        <source>FILE [--preview [--rows N]] [--dry-run] [--mode atomic|skip-invalid] [--upsert-by FIELD] [--rejects FILE] [--delimiter C] [--encoding NAME] [--header yes|no] [--map COLUMN=FIELD]... [--mapping NAME]</source>
        <translation>ΑΡΧΕΙΟ [--preview [--rows N]] [--dry-run] [--mode atomic|skip-invalid] [--upsert-by ΠΕΔΙΟ] [--rejects ΑΡΧΕΙΟ] [--delimiter C] [--encoding ΟΝΟΜΑ] [--header yes|no] [--map ΣΤΗΛΗ=ΠΕΔΙΟ]... [--mapping ΟΝΟΜΑ]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import tokens from a CSV file; exit status 0 when every row was imported.</source>
        <translation>Εισαγωγή διακριτικών από αρχείο CSV· κωδικός εξόδου 0 όταν εισήχθη κάθε γραμμή.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--undo ID</source>
        <translation>--undo ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo an import: delete the tokens it created, restore the tokens it updated.</source>
        <translation>Αναίρεση εισαγωγής: διαγράφει τα διακριτικά που δημιούργησε και επαναφέρει όσα ενημέρωσε.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the recorded imports, newest first.</source>
        <translation>Εμφανίζει τις καταγεγραμμένες εισαγωγές, πρώτα τις νεότερες.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo the import with this number (see `imports`).</source>
        <translation>Αναιρεί την εισαγωγή με αυτόν τον αριθμό (βλ. `imports`).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+330"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Print the file as parsed, before any mapping; import nothing.</source>
        <translation>Εμφάνιση του αρχείου όπως αναλύθηκε, πριν από κάθε αντιστοίχιση· δεν εισάγεται τίποτα.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many records --preview prints (default 20).</source>
        <translation>Πόσες εγγραφές εμφανίζει το --preview (προεπιλογή 20).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every row and report what would happen; write nothing.</source>
        <translation>Έλεγχος κάθε γραμμής και αναφορά του τι θα γινόταν· δεν γράφεται τίποτα.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>atomic (default): all rows or none; skip-invalid: import the valid rows, refuse the rest.</source>
        <translation>atomic (προεπιλογή): όλες οι γραμμές ή καμία· skip-invalid: εισαγωγή των έγκυρων γραμμών, απόρριψη των υπολοίπων.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>ΛΕΙΤΟΥΡΓΙΑ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the token with the same authentication_code or identifier instead of refusing the row.</source>
        <translation>Ενημέρωση του διακριτικού με το ίδιο authentication_code ή identifier αντί για απόρριψη της γραμμής.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD</source>
        <translation>ΠΕΔΙΟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write refused rows here, with their line and error, to fix and import again.</source>
        <translation>Εγγραφή των γραμμών που απορρίφθηκαν εδώ, με τη γραμμή και το σφάλμα τους, για διόρθωση και νέα εισαγωγή.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ΑΡΧΕΙΟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delimiter: , ; TAB or |, or any one character (default: guessed).</source>
        <translation>Το διαχωριστικό: , ; TAB ή |, ή οποιοσδήποτε ένας χαρακτήρας (προεπιλογή: εντοπίζεται).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encoding: %1 (default: guessed).</source>
        <translation>Η κωδικοποίηση: %1 (προεπιλογή: εντοπίζεται).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Whether the first record is a header: yes or no (default: guessed).</source>
        <translation>Αν η πρώτη εγγραφή είναι κεφαλίδα: yes ή no (προεπιλογή: εντοπίζεται).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column (header or 1-based number) to a field, custom:NAME or ignore; repeatable.</source>
        <translation>Αντιστοίχιση στήλης (κεφαλίδα ή αριθμός από το 1) σε πεδίο, custom:ΟΝΟΜΑ ή ignore· επαναλαμβανόμενο.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COLUMN=FIELD</source>
        <translation>ΣΤΗΛΗ=ΠΕΔΙΟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the mapping saved under this name in the wizard.</source>
        <translation>Έναρξη από την αντιστοίχιση που αποθηκεύτηκε με αυτό το όνομα στον οδηγό.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import needs exactly one FILE</source>
        <translation>Το import χρειάζεται ακριβώς ένα ΑΡΧΕΙΟ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rows goes with --preview</source>
        <translation>Το --rows χρησιμοποιείται μαζί με το --preview</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--delimiter is one character or TAB, not &quot;%1&quot;</source>
        <translation>Το --delimiter είναι ένας χαρακτήρας ή TAB, όχι «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--header is yes or no, not &quot;%1&quot;</source>
        <translation>Το --header είναι yes ή no, όχι «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--rows needs a number of rows, not &quot;%1&quot;</source>
        <translation>Το --rows χρειάζεται πλήθος γραμμών, όχι «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>with a header</source>
        <translation>με κεφαλίδα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header</source>
        <translation>χωρίς κεφαλίδα</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Dry run: %1 would be created, %2 updated, %3 unchanged, %4 skipped (no values), %5 rejected; nothing was written to the store.</source>
        <translation>Δοκιμαστική εκτέλεση: %1 θα δημιουργούνταν, %2 θα ενημερώνονταν, %3 χωρίς αλλαγή, %4 θα παραλείπονταν (χωρίς τιμές), %5 θα απορρίπτονταν· δεν γράφτηκε τίποτα στον χώρο αποθήκευσης.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1, updated %2, unchanged %3, skipped %4 (no values), rejected %5.</source>
        <translation>Εισήχθησαν %1, ενημερώθηκαν %2, χωρίς αλλαγή %3, παραλείφθηκαν %4 (χωρίς τιμές), απορρίφθηκαν %5.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Import %1 undone: %2, %3 restored.</source>
        <translation>Η εισαγωγή %1 αναιρέθηκε: %2, επανήλθαν %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s) deleted</source>
        <translation>
            <numerusform>διαγράφηκε %n διακριτικό</numerusform>
            <numerusform>διαγράφηκαν %n διακριτικά</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+95"/>
        <source>column %1</source>
        <translation>στήλη %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Encoding %1, delimiter &quot;%2&quot;, %3</source>
        <translation>Κωδικοποίηση %1, διαχωριστικό «%2», %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The first line was taken for a header, though none of its cells names a token field; if it holds a token, import with --header no</source>
        <translation>Η πρώτη γραμμή θεωρήθηκε επικεφαλίδα, αν και κανένα κελί της δεν ονομάζει πεδίο διακριτικού· αν περιέχει διακριτικό, κάντε εισαγωγή με --header no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: %1 (map a column with --map COLUMN=FIELD)</source>
        <translation>Δεν εισάγονται: %1 (αντιστοιχίστε μια στήλη με --map ΣΤΗΛΗ=ΠΕΔΙΟ)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled.</source>
        <translation>Η εισαγωγή ακυρώθηκε.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows are in %1</source>
        <translation>Οι γραμμές που απορρίφθηκαν βρίσκονται στο %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. The refused rows are listed in %1: fix them in %2 and import that file again.</source>
        <translation>Δεν εισήχθη τίποτα. Οι γραμμές που απορρίφθηκαν αναφέρονται στο %1: διορθώστε τις στο %2 και εισαγάγετε ξανά εκείνο το αρχείο.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>... and %1 more refused rows</source>
        <translation>... και %1 ακόμη γραμμές που απορρίφθηκαν</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imports takes no arguments</source>
        <translation>Η imports δεν δέχεται ορίσματα</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Λειτουργία</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Δημιουργήθηκαν</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Ενημερώθηκαν</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Απορρίφθηκαν</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Χωρίς αλλαγή</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--undo needs the number of an import, not &quot;%1&quot;</source>
        <translation>Το --undo χρειάζεται τον αριθμό μιας εισαγωγής, όχι «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import --undo takes no FILE</source>
        <translation>Η import --undo δεν δέχεται ΑΡΧΕΙΟ</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="+19"/>
        <source>Choose a file</source>
        <translation>Επιλογή αρχείου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of tokens, one per line. Its format is guessed on the next page.</source>
        <translation>Ένα αρχείο CSV με διακριτικά, ένα ανά γραμμή. Η μορφή του εντοπίζεται στην επόμενη σελίδα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>Ανα&amp;ζήτηση…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a folder; choose a file in it.</source>
        <translation>Αυτός είναι φάκελος· επιλέξτε ένα αρχείο μέσα του.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read: check its permissions.</source>
        <translation>Αυτό το αρχείο δεν μπορεί να διαβαστεί: ελέγξτε τα δικαιώματά του.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file at this path.</source>
        <translation>Δεν υπάρχει αρχείο σε αυτή τη διαδρομή.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import tokens</source>
        <translation>Εισαγωγή διακριτικών</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv *.txt *.tsv);;Όλα τα αρχεία (*)</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="+25"/>
        <source>The first line names the columns</source>
        <translation>Η πρώτη γραμμή ονομάζει τις στήλες</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the preview shows the file&apos;s columns and characters correctly.</source>
        <translation>Ελέγξτε ότι η προεπισκόπηση δείχνει σωστά τις στήλες και τους χαρακτήρες του αρχείου.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comma  ,</source>
        <translation>Κόμμα  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>Άνω τελεία  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Στηλοθέτης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe  |</source>
        <translation>Κάθετος  |</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Κωδικοποίηση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Διαχωριστικό:</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../ui/ImportHistoryDialog.cpp" line="+37"/>
        <source>Import History</source>
        <translation>Ιστορικό εισαγωγών</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imports</source>
        <translation>Εισαγωγές</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping and errors of the selected import</source>
        <translation>Αντιστοίχιση και σφάλματα της επιλεγμένης εισαγωγής</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an import to see its mapping and errors.</source>
        <translation>Επιλέξτε μια εισαγωγή για να δείτε την αντιστοίχιση και τα σφάλματά της.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Αναίρεση εισαγωγής…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Εξαγωγή…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The imports could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των εισαγωγών: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The older imports could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των παλαιότερων εισαγωγών: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The latest %n import(s) are listed; older ones are read as you scroll down.</source>
        <translation>
            <numerusform>Εμφανίζεται η τελευταία εισαγωγή· οι παλαιότερες διαβάζονται καθώς κάνετε κύλιση προς τα κάτω.</numerusform>
            <numerusform>Εμφανίζονται οι τελευταίες %n εισαγωγές· οι παλαιότερες διαβάζονται καθώς κάνετε κύλιση προς τα κάτω.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import %1: %2</source>
        <translation>Εισαγωγή %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by: %1</source>
        <translation>Εκτελέστηκε από: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1, finished: %2</source>
        <translation>Έναρξη: %1, λήξη: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not finished</source>
        <translation>δεν ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping: %1</source>
        <translation>Αντιστοίχιση: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>δεν καταγράφηκε</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No errors.</source>
        <translation>Κανένα σφάλμα.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors (the first ones):</source>
        <translation>Σφάλματα (τα πρώτα):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking whether the import of %1 can be undone…</source>
        <translation>Έλεγχος αν η εισαγωγή του %1 μπορεί να αναιρεθεί…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The %n token(s) it created will be deleted.</source>
        <translation>
            <numerusform>Το διακριτικό που δημιούργησε θα διαγραφεί.</numerusform>
            <numerusform>Τα %n διακριτικά που δημιούργησε θα διαγραφούν.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n token(s) it updated will get their earlier values back.</source>
        <translation>
            <numerusform>Το διακριτικό που ενημέρωσε θα επανέλθει στις προηγούμενες τιμές του.</numerusform>
            <numerusform>Τα %n διακριτικά που ενημέρωσε θα επανέλθουν στις προηγούμενες τιμές τους.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of %1?</source>
        <translation>Αναίρεση της εισαγωγής του %1;</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Undo Import</source>
        <translation>Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Undoing the import of %1…</source>
        <translation>Αναίρεση της εισαγωγής του %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import of %1 was undone.</source>
        <translation>Η εισαγωγή του %1 αναιρέθηκε.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Export Import History</source>
        <translation>Εξαγωγή ιστορικού εισαγωγών</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>imports.csv</source>
        <translation>eisagoges.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading every import for the export…</source>
        <translation>Ανάγνωση όλων των εισαγωγών για την εξαγωγή…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>The export to %1 failed: %2</source>
        <translation>Η εξαγωγή στο %1 απέτυχε: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n import(s) exported to %1</source>
        <translation>
            <numerusform>%n εισαγωγή εξήχθη στο %1</numerusform>
            <numerusform>%n εισαγωγές εξήχθησαν στο %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>δεν καταγράφηκε</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../models/ImportHistoryModel.cpp" line="+69"/>
        <source>No.</source>
        <extracomment>The column of an import&apos;s number, as a token&apos;s History and the command line name it.</extracomment>
        <translation>Αρ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Λειτουργία</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Δημιουργήθηκαν</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Ενημερώθηκαν</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Χωρίς αλλαγή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Απορρίφθηκαν</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All or nothing</source>
        <translation>Όλα ή τίποτα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip invalid rows</source>
        <translation>Παράλειψη μη έγκυρων γραμμών</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, updating tokens found by “%2”</source>
        <translation>%1, με ενημέρωση των διακριτικών που βρέθηκαν με βάση «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone</source>
        <translation>Αναιρέθηκε</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1 → %2</source>
        <translation>στήλη %1 → %2</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../app/io/ImportJob.cpp" line="+96"/>
        <source>%1 rows written; building the lookup indexes: %2 of %3</source>
        <translation>Γράφτηκαν %1 γραμμές· δημιουργία ευρετηρίων αναζήτησης: %2 από %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 γραμμές, %2 γραμμές/s</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>, %1 left</source>
        <translation>, απομένουν %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>, rows written in %1, then the lookup indexes</source>
        <translation>, γραμμές για ακόμη %1, μετά τα ευρετήρια αναζήτησης</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 s</source>
        <translation>περίπου %1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under a second</source>
        <translation>λιγότερο από ένα δευτερόλεπτο</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The refused rows cannot be written over the file being imported</source>
        <translation>Οι γραμμές που απορρίφθηκαν δεν μπορούν να γραφτούν πάνω στο αρχείο που εισάγεται</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <location line="+185"/>
        <source>%n row(s) were refused, so nothing was imported</source>
        <translation>
            <numerusform>%n γραμμή απορρίφθηκε, οπότε δεν εισήχθη τίποτα</numerusform>
            <numerusform>%n γραμμές απορρίφθηκαν, οπότε δεν εισήχθη τίποτα</numerusform>
        </translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Checking every row before the pass codes are hashed: %1 rows, %2 rows/s</source>
        <translation>Έλεγχος όλων των γραμμών πριν από τον κατακερματισμό των κωδικών πρόσβασης: %1 γραμμές, %2 γραμμές/s</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>The import was cancelled</source>
        <translation>Η εισαγωγή ακυρώθηκε</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) were refused</source>
        <translation>
            <numerusform>%n γραμμή απορρίφθηκε</numerusform>
            <numerusform>%n γραμμές απορρίφθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is empty</source>
        <translation>Το %1 είναι κενό</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header reads as one column, &quot;%1&quot;: are the columns separated by something else?</source>
        <translation>Η κεφαλίδα διαβάζεται ως μία στήλη, «%1»: μήπως οι στήλες χωρίζονται με κάτι άλλο;</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>life_cycle_state must be PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE, not &quot;%1&quot;</source>
        <translation>Το life_cycle_state πρέπει να είναι PENDING_VERIFICATION, EFFECTIVE ή NOT_EFFECTIVE, όχι «%1»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 &quot;%2&quot; is already used on line %3 of this file</source>
        <translation>Το %1 «%2» χρησιμοποιείται ήδη στη γραμμή %3 αυτού του αρχείου</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 &quot;%2&quot; already belongs to token %3 (to update that token instead, import with updates by %1)</source>
        <translation>Το %1 «%2» ανήκει ήδη στο διακριτικό %3 (για να ενημερώσετε εκείνο το διακριτικό, κάντε εισαγωγή με ενημέρωση κατά %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; already belongs to another token, %3</source>
        <translation>Το %1 «%2» ανήκει ήδη σε άλλο διακριτικό, το %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no classification &quot;%1&quot;</source>
        <translation>Δεν υπάρχει ταξινόμηση «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no accounts receivable numbered &quot;%1&quot;</source>
        <translation>Δεν υπάρχει λογαριασμός πελάτη με αριθμό «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no reward participant numbered &quot;%1&quot;</source>
        <translation>Δεν υπάρχει μέλος επιβράβευσης με αριθμό «%1»</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A new token starts as %1 and cannot be imported as %2</source>
        <translation>Ένα νέο διακριτικό ξεκινά ως %1 και δεν μπορεί να εισαχθεί ως %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A token cannot be moved back to PENDING_VERIFICATION by an import</source>
        <translation>Μια εισαγωγή δεν μπορεί να επαναφέρει διακριτικό σε PENDING_VERIFICATION</translation>
    </message>
    <message>
        <location line="+128"/>
        <source> (its cells are left out of this file, since any of them could be the pass code: see line %1 of %2)</source>
        <translation> (τα κελιά της παραλείπονται από αυτό το αρχείο, αφού οποιοδήποτε από αυτά θα μπορούσε να είναι ο κωδικός πρόσβασης: δείτε τη γραμμή %1 του %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (its cells are not where the columns are: check them against line %1 of %2)</source>
        <translation> (τα κελιά της δεν είναι κάτω από τις σωστές στήλες: ελέγξτε τα με τη γραμμή %1 του %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the pass code was left out of this file: enter it again)</source>
        <translation> (ο κωδικός πρόσβασης παραλείφθηκε από αυτό το αρχείο: εισαγάγετέ τον ξανά)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../ui/import/ImportMappingPage.cpp" line="+39"/>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the token field each column fills. Columns left on (ignore) are not imported.</source>
        <translation>Επιλέξτε το πεδίο διακριτικού που συμπληρώνει κάθε στήλη. Οι στήλες σε (παράβλεψη) δεν εισάγονται.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All or nothing: import every row or none</source>
        <translation>Όλα ή τίποτα: εισαγωγή όλων των γραμμών ή καμίας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip invalid rows: import the valid ones, set the others aside</source>
        <translation>Παράλειψη μη έγκυρων γραμμών: εισαγωγή των έγκυρων, οι άλλες παραμερίζονται</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse rows of tokens that exist</source>
        <translation>Απόρριψη γραμμών για διακριτικά που υπάρχουν</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update tokens with the same authentication code</source>
        <translation>Ενημέρωση διακριτικών με τον ίδιο κωδικό ταυτοποίησης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update tokens with the same identifier</source>
        <translation>Ενημέρωση διακριτικών με το ίδιο αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, to use this mapping again (optional)</source>
        <translation>Όνομα, για να χρησιμοποιηθεί ξανά αυτή η αντιστοίχιση (προαιρετικό)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sa&amp;ved mapping:</source>
        <translation>Αποθηκευμένη α&amp;ντιστοίχιση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Λειτουργία:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Existing tokens:</source>
        <translation>&amp;Υπάρχοντα διακριτικά:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>Αποθήκευση &amp;ως:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column_%1</source>
        <translation>column_%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column %1</source>
        <translation>Στήλη %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (e.g. %1)</source>
        <translation>  (π.χ. %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(guessed from the header)</source>
        <translation>(εντοπίστηκε από την κεφαλίδα)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved Mapping</source>
        <translation>Αποθηκευμένη αντιστοίχιση</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../app/io/ImportOptions.cpp" line="+14"/>
        <source>--mode is atomic or skip-invalid, not &quot;%1&quot;</source>
        <translation>Το --mode είναι atomic ή skip-invalid, όχι «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--upsert-by is authentication_code or identifier, not &quot;%1&quot;</source>
        <translation>Το --upsert-by είναι authentication_code ή identifier, όχι «%1»</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/ImportPreviewModel.cpp" line="+55"/>
        <source>Line %1 of the file</source>
        <translation>Γραμμή %1 του αρχείου</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1</source>
        <translation>Στήλη %1</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../ui/import/ImportResultPage.cpp" line="+17"/>
        <source>&amp;Open the refused rows</source>
        <translation>Ά&amp;νοιγμα των γραμμών που απορρίφθηκαν</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No program here opens CSV files; open %1 from a spreadsheet or an editor.</source>
        <translation>Κανένα πρόγραμμα εδώ δεν ανοίγει αρχεία CSV· ανοίξτε το %1 από λογιστικό φύλλο ή επεξεργαστή κειμένου.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created: %1
Updated: %2
Unchanged: %3
Rejected: %4
Skipped (no values): %5
Time: %6 s</source>
        <translation>Δημιουργήθηκαν: %1
Ενημερώθηκαν: %2
Χωρίς αλλαγή: %3
Απορρίφθηκαν: %4
Παραλείφθηκαν (χωρίς τιμές): %5
Χρόνος: %6 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled.</source>
        <translation>Η εισαγωγή ακυρώθηκε.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refused rows, with their line and error, are in %1</source>
        <translation>Οι γραμμές που απορρίφθηκαν, με τη γραμμή και το σφάλμα τους, βρίσκονται στο %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refused rows, with their line and error, are in %1: they could not be written beside the imported file</source>
        <translation>Οι γραμμές που απορρίφθηκαν, με τη γραμμή και το σφάλμα τους, βρίσκονται στο %1: δεν ήταν δυνατό να γραφτούν δίπλα στο αρχείο που εισήχθη</translation>
    </message>
</context>
<context>
    <name>ImportRowError</name>
    <message>
        <location filename="../app/io/ImportReport.cpp" line="+7"/>
        <source>Line %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="+23"/>
        <source>Importing</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting…</source>
        <translation>Έναρξη…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>-refused</source>
        <translation>-απορρίψεις</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Checking: %p%</source>
        <translation>Έλεγχος: %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup indexes: %p%</source>
        <translation>Ευρετήρια αναζήτησης: %p%</translation>
    </message>
</context>
<context>
    <name>ImportValidationPage</name>
    <message>
        <location filename="../ui/import/ImportValidationPage.cpp" line="+27"/>
        <source>Check</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked with the store&apos;s rules; nothing is written yet.</source>
        <translation>Κάθε γραμμή ελέγχεται με τους κανόνες του χώρου αποθήκευσης· δεν γράφεται ακόμη τίποτα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Έλεγχος…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 would be created, %2 updated, %3 unchanged, %4 skipped (no values), %5 rejected.</source>
        <translation>%1 θα δημιουργούνταν, %2 θα ενημερώνονταν, %3 χωρίς αλλαγή, %4 θα παραλείπονταν (χωρίς τιμές), %5 θα απορρίπτονταν.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the atomic mode nothing will be imported until these rows are fixed.</source>
        <translation>Στην ατομική λειτουργία δεν θα εισαχθεί τίποτα μέχρι να διορθωθούν αυτές οι γραμμές.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row passes the checks.</source>
        <translation>Κάθε γραμμή περνά τους ελέγχους.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pass codes are not shown</source>
        <translation>Οι κωδικοί πρόσβασης δεν εμφανίζονται</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (pass codes are not shown)</source>
        <translation>%1 (οι κωδικοί πρόσβασης δεν εμφανίζονται)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2
%3</source>
        <translation>Γραμμή %1: %2
%3</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="+14"/>
        <source>Import tokens</source>
        <translation>Εισαγωγή διακριτικών</translation>
    </message>
</context>
<context>
    <name>LifeCycleStates</name>
    <message>
        <location filename="../app/core/LifeCycleState.cpp" line="+37"/>
        <source>Pending verification</source>
        <translation>Εκκρεμεί επαλήθευση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not effective</source>
        <translation>Ανενεργό</translation>
    </message>
</context>
<context>
    <name>ListOptions</name>
    <message>
        <location filename="../app/cli/ListOptions.cpp" line="+32"/>
        <source>Only tokens of this accounts receivable.</source>
        <translation>Μόνο διακριτικά αυτού του λογαριασμού πελάτη.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>ΑΡΙΘΜΟΣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only tokens of this reward participant.</source>
        <translation>Μόνο διακριτικά αυτού του μέλους επιβράβευσης.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tokens with neither an account nor a participant.</source>
        <translation>Μόνο διακριτικά χωρίς λογαριασμό και χωρίς μέλος.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tokens of this classification (name or id).</source>
        <translation>Μόνο διακριτικά αυτής της ταξινόμησης (όνομα ή id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE.</source>
        <translation>PENDING_VERIFICATION, EFFECTIVE ή NOT_EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ΚΑΤΑΣΤΑΣΗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix of the identifier, authentication code or number (case-insensitive).</source>
        <translation>Πρόθεμα του αναγνωριστικού, του κωδικού ταυτοποίησης ή του αριθμού (χωρίς διάκριση πεζών-κεφαλαίων).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>ΚΕΙΜΕΝΟ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by FIELD, descending with :desc (%1).</source>
        <translation>Ταξινόμηση κατά ΠΕΔΙΟ, φθίνουσα με :desc (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIELD[:desc]</source>
        <translation>ΠΕΔΙΟ[:desc]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N tokens (default 100).</source>
        <translation>Το πολύ N διακριτικά (προεπιλογή 100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the first N tokens.</source>
        <translation>Παράλειψη των πρώτων N διακριτικών.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use only one of --account, --participant and --not-associated</source>
        <translation>Χρησιμοποιήστε μόνο ένα από τα --account, --participant και --not-associated</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a state; use PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE</source>
        <translation>Το «%1» δεν είναι κατάσταση· χρησιμοποιήστε PENDING_VERIFICATION, EFFECTIVE ή NOT_EFFECTIVE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sort direction must be :asc or :desc, not &quot;%1&quot;</source>
        <translation>Η κατεύθυνση ταξινόμησης πρέπει να είναι :asc ή :desc, όχι «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot sort by &quot;%1&quot;; sortable fields are %2</source>
        <translation>Δεν είναι δυνατή η ταξινόμηση κατά «%1»· τα πεδία ταξινόμησης είναι %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 needs a %2 number, not &quot;%3&quot;</source>
        <translation>Το --%1 χρειάζεται %2 αριθμό, όχι «%3»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive</source>
        <translation>θετικό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non-negative</source>
        <translation>μη αρνητικό</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+161"/>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tokens</source>
        <translation>Διακριτικά</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>&amp;New Token…</source>
        <translation>&amp;Νέο διακριτικό…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Effective</source>
        <translation>Ορισμός ως &amp;ενεργό</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify…</source>
        <translation>Ε&amp;παλήθευση…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset Pass Code</source>
        <translation>Επαναφορά κωδικού πρό&amp;σβασης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forgot Pass Code…</source>
        <translation>&amp;Ξέχασα τον κωδικό πρόσβασης…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change Pass Code…</source>
        <translation>Α&amp;λλαγή κωδικού πρόσβασης…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate &amp;OTP</source>
        <translation>Δημιουργία κωδικού &amp;μίας χρήσης</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>Ε&amp;ισαγωγή…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selection…</source>
        <translation>Ε&amp;ξαγωγή επιλογής…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Εξαγωγή…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Σύνδεση…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;figure Store…</source>
        <translation>Ρύ&amp;θμιση χώρου αποθήκευσης…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>Ανα&amp;ζήτηση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Network Log</source>
        <translation>Αρχείο καταγραφής &amp;δικτύου</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Import &amp;History…</source>
        <translation>Ισ&amp;τορικό εισαγωγών…</translation>
    </message>
    <message>
        <location line="+1443"/>
        <source>Token %1 was created; the search and filters in use leave it out.</source>
        <translation>Το διακριτικό %1 δημιουργήθηκε· η τρέχουσα αναζήτηση και τα φίλτρα το αποκλείουν.</translation>
    </message>
    <message>
        <location line="-1467"/>
        <source>Set No&amp;t Effective</source>
        <translation>Ορισμός ως ανενε&amp;ργό</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;set Verification Code</source>
        <translation>Επαναφορά κωδικού επαλήθε&amp;υσης</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>Α&amp;νανέωση</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Filter Current Column</source>
        <translation>&amp;Φιλτράρισμα τρέχουσας στήλης</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>Προβ&amp;ολή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Column Filters</source>
        <translation>Φίλτρα σ&amp;τηλών</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sort By</source>
        <translation>Τα&amp;ξινόμηση κατά</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colu&amp;mns</source>
        <translation>Στήλ&amp;ες</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tokens</source>
        <translation>&amp;Διακριτικά</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Σχετικά με το TokenDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Σχετικά με το &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main Toolbar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shows the tokens whose identifier, authentication code or number starts with what you type (Ctrl+F)</source>
        <translation>Δείχνει τα διακριτικά των οποίων το αναγνωριστικό, ο κωδικός ταυτοποίησης ή ο αριθμός αρχίζει με ό,τι πληκτρολογείτε (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+620"/>
        <source>All</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>Classification filter</source>
        <translation>Φίλτρο ταξινόμησης</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <source>Any classification</source>
        <translation>Οποιαδήποτε ταξινόμηση</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Association filter</source>
        <translation>Φίλτρο συσχέτισης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association</source>
        <translation>Οποιαδήποτε συσχέτιση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of account…</source>
        <translation>Λογαριασμού…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of participant…</source>
        <translation>Μέλους…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated</source>
        <translation>Συσχετισμένα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not associated</source>
        <translation>Μη συσχετισμένα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account or participant number</source>
        <translation>Αριθμός λογαριασμού ή μέλους</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The store TokenDesk works on</source>
        <translation>Ο χώρος αποθήκευσης με τον οποίο δουλεύει το TokenDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — TokenDesk</source>
        <translation>%1 — TokenDesk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the store…</source>
        <translation>Άνοιγμα χώρου αποθήκευσης…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store could not be opened: %1</source>
        <translation>Ο χώρος αποθήκευσης δεν ήταν δυνατό να ανοίξει: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store open</source>
        <translation>Κανένας ανοιχτός χώρος αποθήκευσης</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store opened</source>
        <translation>Ο χώρος αποθήκευσης άνοιξε</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>This is a new store. TokenDesk is filling it with %n demo token(s) so you can try it out…</source>
        <translation>
            <numerusform>Αυτός είναι νέος χώρος αποθήκευσης. Το TokenDesk τον γεμίζει με %n δοκιμαστικό διακριτικό για να το δοκιμάσετε…</numerusform>
            <numerusform>Αυτός είναι νέος χώρος αποθήκευσης. Το TokenDesk τον γεμίζει με %n δοκιμαστικά διακριτικά για να το δοκιμάσετε…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data could not be added: %1</source>
        <translation>Δεν ήταν δυνατή η προσθήκη δοκιμαστικών δεδομένων: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This new store was filled with %n demo token(s), %1 accounts and %2 participants. They are examples: delete them or start a new store when you go live.</source>
        <translation>
            <numerusform>Ο νέος χώρος αποθήκευσης γέμισε με %n δοκιμαστικό διακριτικό, %1 λογαριασμούς και %2 μέλη. Είναι παραδείγματα: διαγράψτε τα ή ξεκινήστε νέο χώρο αποθήκευσης όταν περάσετε σε παραγωγή.</numerusform>
            <numerusform>Ο νέος χώρος αποθήκευσης γέμισε με %n δοκιμαστικά διακριτικά, %1 λογαριασμούς και %2 μέλη. Είναι παραδείγματα: διαγράψτε τα ή ξεκινήστε νέο χώρο αποθήκευσης όταν περάσετε σε παραγωγή.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store&apos;s configuration could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων του χώρου αποθήκευσης: %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>CRM.COM returns the tokens of a scope in its own order</source>
        <translation>Το CRM.COM επιστρέφει τα διακριτικά ενός εύρους με τη δική του σειρά</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRM.COM lists the tokens of an account, of a participant or those not associated, and filters no column</source>
        <translation>Το CRM.COM παραθέτει τα διακριτικά ενός λογαριασμού, ενός συμμετέχοντα ή όσα δεν έχουν συσχετιστεί, και δεν φιλτράρει καμία στήλη</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking up authentication code %1…</source>
        <translation>Αναζήτηση κωδικού ταυτοποίησης %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No token has the authentication code %1.</source>
        <translation>Κανένα token δεν έχει τον κωδικό ταυτοποίησης %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token with authentication code %1 could not be read: %2</source>
        <translation>Το token με κωδικό ταυτοποίησης %1 δεν ήταν δυνατό να διαβαστεί: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token %1 found by its authentication code, not opened: the unsaved edits stay on show</source>
        <translation>Το token %1 βρέθηκε από τον κωδικό ταυτοποίησής του, αλλά δεν άνοιξε: οι μη αποθηκευμένες αλλαγές παραμένουν στην οθόνη</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token %1 found by its authentication code</source>
        <translation>Το token %1 βρέθηκε από τον κωδικό ταυτοποίησής του</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Refreshed</source>
        <translation>Ανανεώθηκε</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All (%1)</source>
        <translation>Όλα (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not counted</source>
        <translation>Δεν μετρήθηκαν</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≥ %1 tokens</source>
        <translation>≥ %1 διακριτικά</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No token&apos;s identifier, authentication code or number starts with “%1”.</source>
        <translation>Κανένα διακριτικό δεν έχει αναγνωριστικό, κωδικό ταυτοποίησης ή αριθμό που αρχίζει με «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No token matches what the table is narrowed to.</source>
        <translation>Κανένα διακριτικό δεν ταιριάζει με τα φίλτρα του πίνακα.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store holds no tokens yet: add one with New Token, or import a file with File → Import.</source>
        <translation>Η αποθήκη δεν έχει ακόμη διακριτικά: προσθέστε ένα με «Νέο διακριτικό» ή εισαγάγετε ένα αρχείο από Αρχείο → Εισαγωγή.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted: %1</source>
        <translation>Δεν μετρήθηκαν: %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Token %1: the search and filters in use leave it out.</source>
        <translation>Διακριτικό %1: η τρέχουσα αναζήτηση και τα φίλτρα το αποκλείουν.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Select a token first</source>
        <translation>Επιλέξτε πρώτα ένα διακριτικό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not for the states of the selected tokens</source>
        <translation>Όχι για τις καταστάσεις των επιλεγμένων διακριτικών</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a single token</source>
        <translation>Επιλέξτε ένα μόνο διακριτικό</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs a token with an identifier</source>
        <translation>Χρειάζεται διακριτικό με αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a token whose identifier is an e-mail address</source>
        <translation>Χρειάζεται διακριτικό με αναγνωριστικό διεύθυνση e-mail</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Unsaved Changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Token %1 was deleted by someone else. Discard your edits of it?</source>
        <translation>Το διακριτικό %1 διαγράφηκε από κάποιον άλλο. Να απορριφθούν οι αλλαγές σας σε αυτό;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token %1 has unsaved changes. Save them before moving on?</source>
        <translation>Το διακριτικό %1 έχει μη αποθηκευμένες αλλαγές. Να αποθηκευτούν πριν συνεχίσετε;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token %1 has unsaved changes. Discard them?</source>
        <translation>Το διακριτικό %1 έχει μη αποθηκευμένες αλλαγές. Να απορριφθούν;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Token %1 has unsaved changes: press Return to apply what you typed.</source>
        <translation>Το διακριτικό %1 έχει μη αποθηκευμένες αλλαγές: πατήστε Enter για να εφαρμοστεί ό,τι πληκτρολογήσατε.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Token %1 was changed in the store while you were editing it. Save shows those changes beside yours before anything is written.</source>
        <translation>Το διακριτικό %1 άλλαξε στον χώρο αποθήκευσης ενώ το επεξεργαζόσασταν. Η Αποθήκευση δείχνει αυτές τις αλλαγές δίπλα στις δικές σας πριν γραφτεί οτιδήποτε.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>None of the columns on screen can be filtered.</source>
        <translation>Καμία από τις στήλες που εμφανίζονται δεν μπορεί να φιλτραριστεί.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Descending</source>
        <translation>&amp;Φθίνουσα</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add Column</source>
        <translation>Προσθήκη στήλης</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom field name:</source>
        <translation>Όνομα προσαρμοσμένου πεδίου:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The token was not created: %1</source>
        <translation>Το διακριτικό δεν δημιουργήθηκε: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token %1 created</source>
        <translation>Το διακριτικό %1 δημιουργήθηκε</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>New Token %1</source>
        <translation>Νέο διακριτικό %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The store generated this pass code for token %1. Give it to the customer.</source>
        <translation>Ο χώρος αποθήκευσης δημιούργησε αυτόν τον κωδικό πρόσβασης για το διακριτικό %1. Δώστε τον στον πελάτη.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token %1 awaits verification. This is the code the customer must confirm.</source>
        <translation>Το διακριτικό %1 αναμένει επαλήθευση. Αυτός είναι ο κωδικός που πρέπει να επιβεβαιώσει ο πελάτης.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Token %1 changed; the search and filters in use leave it out.</source>
        <translation>Το διακριτικό %1 άλλαξε· η τρέχουσα αναζήτηση και τα φίλτρα το αποκλείουν πλέον.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Token %1 was deleted from the store while you were editing it. Your edits stay on show but cannot be saved; Revert drops them.</source>
        <translation>Το διακριτικό %1 διαγράφηκε από τον χώρο αποθήκευσης ενώ το επεξεργαζόσασταν. Οι αλλαγές σας παραμένουν ορατές αλλά δεν μπορούν να αποθηκευτούν· η Επαναφορά τις απορρίπτει.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: token %2 done</source>
        <translation>%1: το διακριτικό %2 ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for token %2 was cancelled</source>
        <translation>Το %1 για το διακριτικό %2 ακυρώθηκε</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed for token %2: %3</source>
        <translation>Το %1 απέτυχε για το διακριτικό %2: %3</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Those in that state already stay as they are.</source>
        <translation>Όσα είναι ήδη σε αυτή την κατάσταση μένουν όπως είναι.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of the selected tokens are in that state already and stay as they are.</source>
        <translation>
            <numerusform>%n από τα επιλεγμένα διακριτικά είναι ήδη σε αυτή την κατάσταση και μένει όπως είναι.</numerusform>
            <numerusform>%n από τα επιλεγμένα διακριτικά είναι ήδη σε αυτή την κατάσταση και μένουν όπως είναι.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+324"/>
        <source>TokenDesk %1

A back office for CRM.COM access tokens.

Store: %2
Default store file: %3

Copyright © 2026 The TokenDesk team. Licensed to the organisation that deployed it; not for redistribution.

Built with Qt %4 (LGPL-3.0), QtKeychain (BSD-3-Clause), libsodium (ISC), SQLite (public domain), libpq (PostgreSQL Licence) and uchardet (MPL-1.1); their notices are in the package&apos;s copyright file.</source>
        <translation>TokenDesk %1

Ένα σύστημα υποστήριξης για τα διακριτικά πρόσβασης του CRM.COM.

Χώρος αποθήκευσης: %2
Προεπιλεγμένο αρχείο αποθήκευσης: %3

Copyright © 2026 Η ομάδα του TokenDesk. Με άδεια χρήσης για τον οργανισμό που το εγκατέστησε· δεν επιτρέπεται η αναδιανομή.

Κατασκευάστηκε με Qt %4 (LGPL-3.0), QtKeychain (BSD-3-Clause), libsodium (ISC), SQLite (κοινό κτήμα), libpq (Άδεια PostgreSQL) και uchardet (MPL-1.1)· οι σημειώσεις τους βρίσκονται στο αρχείο πνευματικών δικαιωμάτων του πακέτου.</translation>
    </message>
    <message>
        <location line="-875"/>
        <location line="+486"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1438"/>
        <source>Start of identifier, code or number… (Ctrl+F)</source>
        <translation>Αρχή αναγνωριστικού, κωδικού, αριθμού… (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+603"/>
        <source>%Ln token(s) match</source>
        <translation>
            <numerusform>%Ln διακριτικό ταιριάζει</numerusform>
            <numerusform>%Ln διακριτικά ταιριάζουν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln διακριτικό</numerusform>
            <numerusform>%Ln διακριτικά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln επιλεγμένο</numerusform>
            <numerusform>%1, %Ln επιλεγμένα</numerusform>
        </translation>
    </message>
    <message>
        <location line="+567"/>
        <source>&amp;Add Custom Field Column…</source>
        <translation>&amp;Προσθήκη στήλης προσαρμοσμένου πεδίου…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Custom Field Column</source>
        <translation>Αφαίρε&amp;ση στήλης προσαρμοσμένου πεδίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Επαναφορά στηλών</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Delete token %1? This cannot be undone.</source>
        <translation>Διαγραφή του διακριτικού %1; Δεν μπορεί να αναιρεθεί.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n token(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Διαγραφή %n διακριτικού; Δεν μπορεί να αναιρεθεί.</numerusform>
            <numerusform>Διαγραφή %n διακριτικών; Δεν μπορεί να αναιρεθεί.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tokens in the state “%1” are deleted; the others stay as they are.</source>
        <translation>Διαγράφονται μόνο διακριτικά στην κατάσταση «%1»· τα υπόλοιπα μένουν ως έχουν.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only tokens in the state “%1” can be deleted: %n of the selected tokens stay as they are.</source>
        <translation>
            <numerusform>Μόνο διακριτικά στην κατάσταση «%1» μπορούν να διαγραφούν: %n από τα επιλεγμένα διακριτικά μένει ως έχει.</numerusform>
            <numerusform>Μόνο διακριτικά στην κατάσταση «%1» μπορούν να διαγραφούν: %n από τα επιλεγμένα διακριτικά μένουν ως έχουν.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Tokens</source>
        <translation>Διαγραφή διακριτικών</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete Token</source>
        <translation>Διαγραφή διακριτικού</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set Effective</source>
        <translation>Ορισμός ως ενεργό</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %n token(s) effective? Their holders can use them again.</source>
        <translation>
            <numerusform>Ορισμός %n διακριτικού ως ενεργού; Ο κάτοχός του μπορεί να το χρησιμοποιήσει ξανά.</numerusform>
            <numerusform>Ορισμός %n διακριτικών ως ενεργών; Οι κάτοχοί τους μπορούν να τα χρησιμοποιήσουν ξανά.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set effective</source>
        <translation>Ορισμός ως ενεργό</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set Not Effective</source>
        <translation>Ορισμός ως ανενεργό</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %n token(s) not effective? Their holders can no longer use them until they are set effective again.</source>
        <translation>
            <numerusform>Ορισμός %n διακριτικού ως ανενεργού; Ο κάτοχός του δεν μπορεί πλέον να το χρησιμοποιήσει μέχρι να οριστεί ξανά ως ενεργό.</numerusform>
            <numerusform>Ορισμός %n διακριτικών ως ανενεργών; Οι κάτοχοί τους δεν μπορούν πλέον να τα χρησιμοποιήσουν μέχρι να οριστούν ξανά ως ενεργά.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set not effective</source>
        <translation>Ορισμός ως ανενεργό</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Token %1 verified</source>
        <translation>Το διακριτικό %1 επαληθεύτηκε</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token %1 was not verified: %2</source>
        <translation>Το διακριτικό %1 δεν επαληθεύτηκε: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reset Verification Code</source>
        <translation>Επαναφορά κωδικού επαλήθευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a new verification code for token %1? The customer&apos;s current code will stop working.</source>
        <translation>Έκδοση νέου κωδικού επαλήθευσης για το διακριτικό %1; Ο κωδικός που έχει τώρα ο πελάτης παύει να ισχύει.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verification code of token %1 was not reset: %2</source>
        <translation>Ο κωδικός επαλήθευσης του διακριτικού %1 δεν επαναφέρθηκε: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New verification code issued for token %1</source>
        <translation>Εκδόθηκε νέος κωδικός επαλήθευσης για το διακριτικό %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification Code</source>
        <translation>Κωδικός επαλήθευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new verification code of token %1:</source>
        <translation>Ο νέος κωδικός επαλήθευσης του διακριτικού %1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset Pass Code</source>
        <translation>Επαναφορά κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give token %1 a new random pass code? The customer&apos;s current pass code will stop working.</source>
        <translation>Νέος τυχαίος κωδικός πρόσβασης για το διακριτικό %1; Ο κωδικός πρόσβασης που έχει τώρα ο πελάτης παύει να ισχύει.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pass code of token %1 was not reset: %2</source>
        <translation>Ο κωδικός πρόσβασης του διακριτικού %1 δεν επαναφέρθηκε: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass code of token %1 reset</source>
        <translation>Ο κωδικός πρόσβασης του διακριτικού %1 επαναφέρθηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Pass Code</source>
        <translation>Νέος κωδικός πρόσβασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new pass code of token %1. Give it to the customer; it cannot be shown again.</source>
        <translation>Ο νέος κωδικός πρόσβασης του διακριτικού %1. Δώστε τον στον πελάτη· δεν μπορεί να εμφανιστεί ξανά.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forgot Pass Code</source>
        <translation>Ξέχασα τον κωδικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a pass code reset e-mail to %1?</source>
        <translation>Αποστολή e-mail επαναφοράς κωδικού πρόσβασης στο %1;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A pass code reset e-mail to %1 was queued</source>
        <translation>Ένα e-mail επαναφοράς κωδικού πρόσβασης προς %1 μπήκε στην ουρά</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reset e-mail was queued for %1: %2</source>
        <translation>Δεν μπήκε στην ουρά e-mail επαναφοράς για %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pass code of token %1 changed</source>
        <translation>Ο κωδικός πρόσβασης του διακριτικού %1 άλλαξε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pass code of token %1 was not changed: %2</source>
        <translation>Ο κωδικός πρόσβασης του διακριτικού %1 δεν άλλαξε: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one-time password was generated for token %1: %2</source>
        <translation>Δεν δημιουργήθηκε κωδικός μίας χρήσης για το διακριτικό %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-time password generated for token %1</source>
        <translation>Δημιουργήθηκε κωδικός μίας χρήσης για το διακριτικό %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-Time Password</source>
        <translation>Κωδικός μίας χρήσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time password for token %1. It can be used once.</source>
        <translation>Ο κωδικός μίας χρήσης για το διακριτικό %1. Μπορεί να χρησιμοποιηθεί μία φορά.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exporting the %n selected token(s) to %1…</source>
        <translation>
            <numerusform>Εξαγωγή του επιλεγμένου token στο %1…</numerusform>
            <numerusform>Εξαγωγή των %n επιλεγμένων tokens στο %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; %1 is left as it was</source>
        <translation>Η εξαγωγή ακυρώθηκε· το %1 παραμένει ως είχε</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation>Αρχεία CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>Αρχεία CSV για το Excel, UTF-8 με σήμανση σειράς byte (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Tokens</source>
        <translation>Εξαγωγή διακριτικών</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tokens.csv</source>
        <translation>diakritika.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+18"/>
        <source>The export to %1 failed: %2</source>
        <translation>Η εξαγωγή στο %1 απέτυχε: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n token(s) exported to %1</source>
        <translation>
            <numerusform>Εξήχθη %n διακριτικό στο %1</numerusform>
            <numerusform>Εξήχθησαν %n διακριτικά στο %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting to %1…</source>
        <translation>Εξαγωγή στο %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing needs an open store.</source>
        <translation>Για την εισαγωγή απαιτείται ανοιχτός χώρος αποθήκευσης.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to another store is not possible: this build has no connection dialog.</source>
        <translation>Η σύνδεση σε άλλον χώρο αποθήκευσης δεν είναι δυνατή: αυτή η έκδοση δεν έχει παράθυρο σύνδεσης.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About TokenDesk</source>
        <translation>Σχετικά με το TokenDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none open</source>
        <translation>κανένας ανοιχτός</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+22"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Κλείσιμο του μηνύματος</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../ui/MessageBox.cpp" line="+75"/>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>Α&amp;πόρριψη</translation>
    </message>
</context>
<context>
    <name>NetworkLog</name>
    <message>
        <location filename="../app/stores/crm/NetworkLog.cpp" line="+188"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Διαδρομή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
</context>
<context>
    <name>NetworkLogWindow</name>
    <message>
        <location filename="../ui/NetworkLogWindow.cpp" line="+35"/>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>Εκκα&amp;θάριση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Log</source>
        <translation>Αρχείο καταγραφής δικτύου</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request and response</source>
        <translation>Αίτημα και απόκριση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a request to see its URL and bodies. Passwords, session tokens, keys and codes are shown as ***.</source>
        <translation>Επιλέξτε ένα αίτημα για να δείτε το URL και το περιεχόμενό του. Κωδικοί πρόσβασης, tokens συνεδρίας, κλειδιά και κωδικοί εμφανίζονται ως ***.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy the selected requests, or all of them (%1)</source>
        <translation>Αντιγραφή των επιλεγμένων αιτημάτων ή όλων (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every request logged so far</source>
        <translation>Διαγραφή όλων των αιτημάτων που έχουν καταγραφεί</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>χωρίς απάντηση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Σφάλμα: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request body:</source>
        <translation>Περιεχόμενο αιτήματος:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response body:</source>
        <translation>Περιεχόμενο απόκρισης:</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <location filename="../ui/NewTokenDialog.cpp" line="+32"/>
        <source>New Token</source>
        <translation>Νέο διακριτικό</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Generated when left empty</source>
        <translation>Δημιουργείται αν μείνει κενό</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>e.g. 4111********1111</source>
        <translation>π.χ. 4111********1111</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Αναγνωριστικό:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass code:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authentication code:</source>
        <translation>Κωδικός &amp;ταυτοποίησης:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car&amp;d number:</source>
        <translation>Α&amp;ριθμός κάρτας:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>Τα&amp;ξινόμηση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Λογαριασμός:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rticipant:</source>
        <translation>&amp;Μέλος:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create</source>
        <translation>&amp;Δημιουργία</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../app/core/Operation.cpp" line="+60"/>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set effective</source>
        <translation>Ορίστηκε ενεργό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set not effective</source>
        <translation>Ορίστηκε ανενεργό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Επαληθεύτηκε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification code reset</source>
        <translation>Επαναφορά κωδικού επαλήθευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code reset</source>
        <translation>Επαναφορά κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass code reset e-mail sent</source>
        <translation>Στάλθηκε e-mail επαναφοράς κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code changed</source>
        <translation>Αλλαγή κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time password generated</source>
        <translation>Δημιουργήθηκε κωδικός μίας χρήσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Εισήχθη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>Η εισαγωγή αναιρέθηκε</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../ui/OptionalDateEdit.cpp" line="+19"/>
        <source>Not set</source>
        <translation>Δεν έχει οριστεί</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+Down opens the calendar; Delete clears the date</source>
        <translation>Το Alt+Κάτω ανοίγει το ημερολόγιο· το Delete καθαρίζει την ημερομηνία</translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <location filename="../app/stores/sql/PgCopyWriter.cpp" line="+49"/>
        <source>The connection to the server was lost during the import; nothing of it was saved: %1</source>
        <translation>Η σύνδεση με τον διακομιστή χάθηκε κατά την εισαγωγή· δεν αποθηκεύτηκε τίποτα από αυτήν: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import could not %1: %2</source>
        <translation>Η εισαγωγή απέτυχε να %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COPY needs an open PostgreSQL connection</source>
        <translation>Το COPY χρειάζεται ανοιχτή σύνδεση PostgreSQL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>start</source>
        <translation>ξεκινήσει</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+35"/>
        <source>No COPY is in progress</source>
        <translation>Δεν εκτελείται COPY</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A row has %1 values for %2 columns</source>
        <translation>Μια γραμμή έχει %1 τιμές για %2 στήλες</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>send rows</source>
        <translation>στείλει γραμμές</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>finish</source>
        <translation>ολοκληρωθεί</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another token already has this %1: %2</source>
        <translation>Άλλο διακριτικό έχει ήδη αυτό το %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write rows</source>
        <translation>γράψει γραμμές</translation>
    </message>
</context>
<context>
    <name>PgTokenInserter</name>
    <message>
        <location filename="../app/stores/sql/PgTokenInserter.cpp" line="+25"/>
        <source>The import could not run a query: %1</source>
        <translation>Η εισαγωγή δεν μπόρεσε να εκτελέσει ένα ερώτημα: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The import could not save a token: %1</source>
        <translation>Η εισαγωγή δεν μπόρεσε να αποθηκεύσει ένα διακριτικό: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another token already has this %1</source>
        <translation>Άλλο διακριτικό έχει ήδη αυτό το %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import could not draw token numbers: %1</source>
        <translation>Η εισαγωγή δεν μπόρεσε να δώσει αριθμούς διακριτικών: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import could not draw token numbers</source>
        <translation>Η εισαγωγή δεν μπόρεσε να δώσει αριθμούς διακριτικών</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import could not save a batch</source>
        <translation>Η εισαγωγή δεν μπόρεσε να αποθηκεύσει μια δέσμη γραμμών</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <location filename="../app/stores/sql/PostgresDialect.cpp" line="+93"/>
        <source>The store could not be prepared: %1</source>
        <translation>Ο χώρος αποθήκευσης δεν ήταν δυνατό να προετοιμαστεί: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PostgreSQL server %1 wants a password for the user &quot;%2&quot;; none was given.</source>
        <translation>Ο διακομιστής PostgreSQL %1 ζητά κωδικό για τον χρήστη «%2»· δεν δόθηκε κανένας.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL server %1 refused the login of the user &quot;%2&quot;: the user name or the password is wrong, or this user may not log in from here.</source>
        <translation>Ο διακομιστής PostgreSQL %1 απέρριψε τη σύνδεση του χρήστη «%2»: το όνομα χρήστη ή ο κωδικός είναι λάθος ή ο χρήστης δεν επιτρέπεται να συνδεθεί από εδώ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL server %1 has no database &quot;%2&quot;.</source>
        <translation>Ο διακομιστής PostgreSQL %1 δεν έχει βάση δεδομένων «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL server %1 cannot be reached: %2</source>
        <translation>Ο διακομιστής PostgreSQL %1 δεν είναι προσβάσιμος: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+71"/>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Προεπιλογή συστήματος</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when TokenDesk is restarted.</source>
        <translation>Η νέα γλώσσα ισχύει από την επόμενη εκκίνηση του TokenDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass-code hash of this store</source>
        <translation>Κατακερματισμός κωδικών πρόσβασης αυτής της αποθήκης</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the store&apos;s settings…</source>
        <translation>Ανάγνωση των ρυθμίσεων της αποθήκης…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Επαναλήψεις:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Μνήμη:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM.COM connections</source>
        <translation>Συνδέσεις CRM.COM</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source> s</source>
        <translation> δ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>New connections start with these; each connection keeps its own (File → Connect…).</source>
        <translation>Οι νέες συνδέσεις ξεκινούν με αυτές τις τιμές· κάθε σύνδεση κρατά τις δικές της (Αρχείο → Σύνδεση…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network &amp;timeout:</source>
        <translation>Χρονικό ό&amp;ριο δικτύου:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Παράλληλα αιτήματα:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a copied secret a&amp;fter:</source>
        <translation>&amp;Διαγραφή αντιγραμμένου μυστικού μετά από:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The open store does not hash pass codes in TokenDesk.</source>
        <translation>Η ανοιχτή αποθήκη δεν κατακερματίζει κωδικούς πρόσβασης μέσω του TokenDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store&apos;s settings could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων της αποθήκης: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applies to pass codes and verification codes set from now on; codes already stored keep working. Higher costs are slower to guess and to check.</source>
        <translation>Ισχύει για κωδικούς πρόσβασης και επαλήθευσης που ορίζονται από τώρα και στο εξής· όσοι είναι ήδη αποθηκευμένοι εξακολουθούν να ισχύουν. Υψηλότερο κόστος σημαίνει δυσκολότερη μάντευση και πιο αργό έλεγχο.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The pass-code hash cost was not saved: %1</source>
        <translation>Το κόστος κατακερματισμού κωδικών πρόσβασης δεν αποθηκεύτηκε: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/service/TokenService.cpp" line="+11"/>
        <source>The store is not open</source>
        <translation>Ο χώρος αποθήκευσης δεν είναι ανοιχτός</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="+65"/>
        <source>One-Time Password</source>
        <translation>Κωδικός μίας χρήσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time password for token AT0000000005. It can be used once.</source>
        <translation>Ο κωδικός μίας χρήσης για το διακριτικό AT0000000005. Μπορεί να χρησιμοποιηθεί μία φορά.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../ui/ReferenceBox.cpp" line="+32"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: type an account number</source>
        <translation>Κανένας: πληκτρολογήστε αριθμό λογαριασμού</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: type a participant number</source>
        <translation>Κανένας: πληκτρολογήστε αριθμό συμμετέχοντα</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
</context>
<context>
    <name>RemoteScopeBar</name>
    <message>
        <location filename="../ui/RemoteScopeBar.cpp" line="+19"/>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sho&amp;w tokens of:</source>
        <translation>Εμφάνιση tokens &amp;του:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens shown</source>
        <translation>Εμφανιζόμενα tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Συμμετέχων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not associated</source>
        <translation>Χωρίς συσχέτιση</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account or participant number</source>
        <translation>Αριθμός λογαριασμού ή συμμετέχοντα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;by authentication code:</source>
        <translation>Αναζήτηση &amp;με κωδικό ταυτοποίησης:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication code</source>
        <translation>Κωδικός ταυτοποίησης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by authentication code</source>
        <translation>Αναζήτηση με κωδικό ταυτοποίησης</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Choose an account to see its tokens</source>
        <translation>Επιλέξτε λογαριασμό για να δείτε τα tokens του</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens of account %1</source>
        <translation>Tokens του λογαριασμού %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a participant to see its tokens</source>
        <translation>Επιλέξτε συμμετέχοντα για να δείτε τα tokens του</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens of participant %1</source>
        <translation>Tokens του συμμετέχοντα %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens not associated with an account or participant</source>
        <translation>Tokens χωρίς λογαριασμό ή συμμετέχοντα</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM.COM lists no tokens of account %1: it has none yet, or no account has that number.</source>
        <translation>Το CRM.COM δεν παραθέτει διακριτικά του λογαριασμού %1: δεν έχει ακόμη, ή κανένας λογαριασμός δεν έχει αυτόν τον αριθμό.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM.COM lists no tokens of participant %1: they have none yet, or no participant has that number.</source>
        <translation>Το CRM.COM δεν παραθέτει διακριτικά του συμμετέχοντα %1: δεν έχει ακόμη, ή κανένας συμμετέχων δεν έχει αυτόν τον αριθμό.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRM.COM lists no tokens that are not associated with an account or participant.</source>
        <translation>Το CRM.COM δεν παραθέτει διακριτικά που δεν έχουν συσχετιστεί με λογαριασμό ή συμμετέχοντα.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Account number</source>
        <translation>Αριθμός λογαριασμού</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participant number</source>
        <translation>Αριθμός συμμετέχοντα</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <location filename="../ui/RevealAction.cpp" line="+8"/>
        <source>Show Pass Code</source>
        <translation>Εμφάνιση κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the pass code (%1)</source>
        <translation>Εμφάνιση ή απόκρυψη του κωδικού πρόσβασης (%1)</translation>
    </message>
</context>
<context>
    <name>RowRangeResolver</name>
    <message>
        <location filename="../models/RowRangeResolver.cpp" line="+41"/>
        <source>Cancelled before every selected token was read</source>
        <translation>Ακυρώθηκε πριν διαβαστούν όλα τα επιλεγμένα tokens</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tokens were added, removed or changed elsewhere while the selection was being read, so its rows may now hold other tokens. Select them again and retry.</source>
        <translation>Ενώ διαβαζόταν η επιλογή, προστέθηκαν, αφαιρέθηκαν ή άλλαξαν tokens από αλλού, οπότε οι γραμμές της μπορεί τώρα να περιέχουν άλλα tokens. Επιλέξτε τα ξανά και δοκιμάστε πάλι.</translation>
    </message>
</context>
<context>
    <name>RuleHint</name>
    <message>
        <location filename="../ui/RuleHint.cpp" line="+10"/>
        <source>Generated by the store; a new one meeting these rules may be set: %1</source>
        <translation>Δημιουργείται από τον χώρο αποθήκευσης· μπορεί να οριστεί νέα τιμή που τηρεί αυτούς τους κανόνες: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated by the store (a number).</source>
        <translation>Δημιουργείται από τον χώρο αποθήκευσης (αριθμός).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated by the store (letters and digits).</source>
        <translation>Δημιουργείται από τον χώρο αποθήκευσης (γράμματα και ψηφία).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An e-mail address.</source>
        <translation>Μια διεύθυνση e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number.</source>
        <translation>Ένας αριθμός.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free text.</source>
        <translation>Ελεύθερο κείμενο.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a letter</source>
        <translation>ένα γράμμα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a digit</source>
        <translation>ένα ψηφίο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a special character</source>
        <translation>έναν ειδικό χαρακτήρα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2 characters</source>
        <translation>%1 έως %2 χαρακτήρες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 characters</source>
        <translation>Έως %1 χαρακτήρες</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, including %2.</source>
        <translation>%1, με %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RunningCallIndicator</name>
    <message>
        <location filename="../ui/RunningCallIndicator.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for this request (Esc)</source>
        <translation>Διακοπή αναμονής για αυτό το αίτημα (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for %1…</source>
        <translation>Αναμονή για %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the store…</source>
        <translation>Αναμονή για την αποθήκη…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Ακύρωση σε εξέλιξη…</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="+24"/>
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secret</source>
        <translation>Μυστικό</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This is shown only once. The clipboard is cleared %n seconds after copying.</source>
        <translation>
            <numerusform>Εμφανίζεται μόνο μία φορά. Το πρόχειρο καθαρίζεται %n δευτερόλεπτο μετά την αντιγραφή.</numerusform>
            <numerusform>Εμφανίζεται μόνο μία φορά. Το πρόχειρο καθαρίζεται %n δευτερόλεπτα μετά την αντιγραφή.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Copied</source>
        <translation>&amp;Αντιγράφηκε</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expired. Generate a new one if it is still needed.</source>
        <translation>Έληξε. Δημιουργήστε νέο αν χρειάζεται ακόμη.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expires in %1:%2 (at %3)</source>
        <translation>Λήγει σε %1:%2 (στις %3)</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <location filename="../app/secrets/SecretVault.cpp" line="+41"/>
        <source>The keychain holds no %1 for this connection</source>
        <translation>Η κλειδοθήκη δεν περιέχει %1 για αυτή τη σύνδεση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the %1: %2</source>
        <translation>Η κλειδοθήκη αρνήθηκε την πρόσβαση σε %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>No keychain service is available (%1). TokenDesk will ask for the %2 once per session and keep it in memory only.</source>
        <translation>Δεν υπάρχει διαθέσιμη υπηρεσία κλειδοθήκης (%1). Το TokenDesk θα ζητά %2 μία φορά ανά συνεδρία και θα το κρατά μόνο στη μνήμη.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The keychain could not store the %1: %2</source>
        <translation>Η κλειδοθήκη δεν μπόρεσε να αποθηκεύσει %1: %2</translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message>
        <location filename="../ui/SelectionExport.cpp" line="+26"/>
        <source>Export Selection</source>
        <translation>Εξαγωγή επιλογής</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The store is not open</source>
        <translation>Ο χώρος αποθήκευσης δεν είναι ανοιχτός</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export cancelled</source>
        <translation>Η εξαγωγή ακυρώθηκε</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Writing %n token(s) to %1…</source>
        <translation>
            <numerusform>Εγγραφή ενός token στο %1…</numerusform>
            <numerusform>Εγγραφή %n tokens στο %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the selected tokens: %1 of %2…</source>
        <translation>Ανάγνωση των επιλεγμένων tokens: %1 από %2…</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <location filename="../app/stores/sql/SqlDialect.cpp" line="+24"/>
        <source>The store is busy: another program, an import perhaps, is writing to it. Try again when it has finished.</source>
        <translation>Ο χώρος αποθήκευσης είναι απασχολημένος: ένα άλλο πρόγραμμα, ίσως μια εισαγωγή, γράφει σε αυτόν. Δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
</context>
<context>
    <name>SqlImportHistory</name>
    <message>
        <location filename="../app/stores/sql/SqlImportHistory.cpp" line="+141"/>
        <source>There is no import %1</source>
        <translation>Δεν υπάρχει εισαγωγή %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 was already undone</source>
        <translation>Η εισαγωγή %1 έχει ήδη αναιρεθεί</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 is still running: undo it when it has finished</source>
        <translation>Η εισαγωγή %1 εκτελείται ακόμα: αναιρέστε την όταν ολοκληρωθεί</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1 changed no token: there is nothing to undo</source>
        <translation>Η εισαγωγή %1 δεν άλλαξε κανένα διακριτικό: δεν υπάρχει τίποτα για αναίρεση</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and %1 more</source>
        <translation> και %1 ακόμη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 cannot be undone: these tokens were changed after it: %2.</source>
        <translation>Η εισαγωγή %1 δεν μπορεί να αναιρεθεί: αυτά τα διακριτικά άλλαξαν μετά από αυτήν: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import %1 updated some of them: undo it first.</source>
        <translation>
            <numerusform>Η εισαγωγή %1 ενημέρωσε κάποια από αυτά: αναιρέστε την πρώτα.</numerusform>
            <numerusform>Οι εισαγωγές %1 ενημέρωσαν κάποια από αυτά: αναιρέστε τις πρώτα.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlImportSession</name>
    <message>
        <location filename="../app/stores/sql/SqlImportSession.cpp" line="+169"/>
        <source>The store could not record the import</source>
        <translation>Η αποθήκη δεν μπόρεσε να καταγράψει την εισαγωγή</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tokens cannot be looked up by %1</source>
        <translation>Τα διακριτικά δεν αναζητούνται με βάση το %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The token to update is gone</source>
        <translation>Το διακριτικό προς ενημέρωση δεν υπάρχει πια</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A token cannot be moved back to PENDING_VERIFICATION by an import</source>
        <translation>Μια εισαγωγή δεν μπορεί να επαναφέρει ένα διακριτικό σε PENDING_VERIFICATION</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A dry run writes no tokens</source>
        <translation>Μια δοκιμαστική εκτέλεση δεν γράφει διακριτικά</translation>
    </message>
</context>
<context>
    <name>SqlSchema</name>
    <message>
        <location filename="../app/stores/sql/SqlSchema.cpp" line="+185"/>
        <source>The store could not read its schema version: %1</source>
        <translation>Ο χώρος αποθήκευσης δεν μπόρεσε να διαβάσει την έκδοση του σχήματός του: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The store could not upgrade its schema: %1</source>
        <translation>Ο χώρος αποθήκευσης δεν μπόρεσε να αναβαθμίσει το σχήμα του: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The store has schema version %1, but this TokenDesk knows only up to version %2; open it with a newer TokenDesk</source>
        <translation>Ο χώρος αποθήκευσης έχει έκδοση σχήματος %1, αλλά αυτό το TokenDesk γνωρίζει έως την έκδοση %2· ανοίξτε τον με νεότερο TokenDesk</translation>
    </message>
</context>
<context>
    <name>SqlTokenFilter</name>
    <message>
        <location filename="../app/stores/sql/SqlTokenFilter.cpp" line="+142"/>
        <source>The tokens cannot be filtered by %1</source>
        <translation>Τα διακριτικά δεν μπορούν να φιλτραριστούν κατά %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A custom field filter needs the field&apos;s name</source>
        <translation>Ένα φίλτρο σε προσαρμοσμένο πεδίο χρειάζεται το όνομα του πεδίου</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tokens cannot be sorted by %1</source>
        <translation>Τα διακριτικά δεν μπορούν να ταξινομηθούν κατά %1</translation>
    </message>
</context>
<context>
    <name>SqlTokenStore</name>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+105"/>
        <source>%1 is not an SQL store</source>
        <translation>Το %1 δεν είναι χώρος αποθήκευσης SQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>Το πρόγραμμα οδήγησης SQL του Qt %1 δεν είναι εγκατεστημένο</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The store %1 could not be opened: %2</source>
        <translation>Ο χώρος αποθήκευσης %1 δεν ήταν δυνατό να ανοίξει: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The store could not %1: %2</source>
        <translation>Ο χώρος αποθήκευσης απέτυχε να %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store is not open</source>
        <translation>Ο χώρος αποθήκευσης δεν είναι ανοιχτός</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>run a query</source>
        <translation>εκτελέσει ένα ερώτημα</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+489"/>
        <source>prepare a query</source>
        <translation>προετοιμάσει ένα ερώτημα</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>The store %1 cannot be reached: %2</source>
        <translation>Ο χώρος αποθήκευσης %1 δεν είναι προσβάσιμος: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to %1 was lost while the change was being saved: it may or may not have been saved. Reload before trying again</source>
        <translation>Η σύνδεση με %1 χάθηκε ενώ αποθηκευόταν η αλλαγή: μπορεί να αποθηκεύτηκε ή όχι. Φορτώστε ξανά πριν δοκιμάσετε πάλι</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 was lost; nothing was changed. The next action reconnects</source>
        <translation>Η σύνδεση με %1 χάθηκε· δεν άλλαξε τίποτα. Η επόμενη ενέργεια επανασυνδέεται</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No access token matches %1</source>
        <translation>Κανένα διακριτικό πρόσβασης δεν αντιστοιχεί σε %1</translation>
    </message>
    <message>
        <location line="+373"/>
        <source>Another token already has this %1</source>
        <translation>Άλλο διακριτικό έχει ήδη αυτό το %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save the token</source>
        <translation>αποθηκεύσει το διακριτικό</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token %1 was changed by someone else; reload it and try again</source>
        <translation>Το διακριτικό %1 άλλαξε από άλλον χρήστη· φορτώστε το ξανά και δοκιμάστε πάλι</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Another token already has the %1 &quot;%2&quot;</source>
        <translation>Άλλο διακριτικό έχει ήδη %1 «%2»</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+635"/>
        <location line="+35"/>
        <source>There is no classification &quot;%1&quot;</source>
        <translation>Δεν υπάρχει ταξινόμηση «%1»</translation>
    </message>
    <message>
        <location line="-656"/>
        <source>There is no accounts receivable &quot;%1&quot;</source>
        <translation>Δεν υπάρχει λογαριασμός πελάτη «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no reward participant &quot;%1&quot;</source>
        <translation>Δεν υπάρχει μέλος επιβράβευσης «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A classification needs a name</source>
        <translation>Μια ταξινόμηση χρειάζεται όνομα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two classifications are named &quot;%1&quot;</source>
        <translation>Δύο ταξινομήσεις ονομάζονται «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hash cost or the OTP lifetime is out of range</source>
        <translation>Το κόστος hash ή η διάρκεια ισχύος του OTP είναι εκτός ορίων</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The classification &quot;%1&quot; cannot be removed: %2 tokens have it</source>
        <translation>Η ταξινόμηση «%1» δεν μπορεί να αφαιρεθεί: τη χρησιμοποιούν %2 διακριτικά</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 classifications</source>
        <translation>%1 ταξινομήσεις</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlImportSession.cpp" line="-68"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+43"/>
        <source>A generated pass code must be sent to someone: give an accounts receivable or a reward participant</source>
        <translation>Ένας παραγόμενος κωδικός πρόσβασης πρέπει να σταλεί σε κάποιον: δώστε λογαριασμό πελάτη ή μέλος επιβράβευσης</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+18"/>
        <location line="+103"/>
        <source>The pass code could not be hashed</source>
        <translation>Δεν ήταν δυνατός ο κατακερματισμός του κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="-86"/>
        <source>The store could not draw a token number</source>
        <translation>Ο χώρος αποθήκευσης δεν μπόρεσε να αποδώσει αριθμό διακριτικού</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlImportSession.cpp" line="+144"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+15"/>
        <location line="+189"/>
        <source>verification code issued</source>
        <translation>εκδόθηκε κωδικός επαλήθευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="-183"/>
        <source>pass code generated</source>
        <translation>δημιουργήθηκε κωδικός πρόσβασης</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+33"/>
        <source>The token %1 was changed by someone else (version %2, not %3); reload it and try again</source>
        <translation>Το διακριτικό %1 άλλαξε από άλλον χρήστη (έκδοση %2, όχι %3)· φορτώστε το ξανά και δοκιμάστε πάλι</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The verification code is not correct</source>
        <translation>Ο κωδικός επαλήθευσης δεν είναι σωστός</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The token %1 has no identifier, so a pass code would be of no use</source>
        <translation>Το διακριτικό %1 δεν έχει αναγνωριστικό, οπότε ένας κωδικός πρόσβασης θα ήταν άχρηστος</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pass code reset</source>
        <translation>επαναφορά κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>forgot_pass_code needs a token whose identifier is an e-mail address</source>
        <translation>Το forgot_pass_code χρειάζεται διακριτικό με αναγνωριστικό διεύθυνση e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pass code reset e-mail</source>
        <translation>e-mail επαναφοράς κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change_pass_code needs a token whose identifier is an e-mail address</source>
        <translation>Το change_pass_code χρειάζεται διακριτικό με αναγνωριστικό διεύθυνση e-mail</translation>
    </message>
    <message>
        <location filename="../app/stores/crm/CrmApiTokenStore.cpp" line="-177"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+3"/>
        <source>The current pass code is not correct</source>
        <translation>Ο τρέχων κωδικός πρόσβασης δεν είναι σωστός</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+173"/>
        <source>An accounts receivable needs a number</source>
        <translation>Ένας λογαριασμός πελάτη χρειάζεται αριθμό</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is already an accounts receivable %1</source>
        <translation>Υπάρχει ήδη λογαριασμός πελάτη %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A reward participant needs a number</source>
        <translation>Ένα μέλος επιβράβευσης χρειάζεται αριθμό</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is already a reward participant %1</source>
        <translation>Υπάρχει ήδη μέλος επιβράβευσης %1</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <location filename="../app/stores/sql/SqliteDialect.cpp" line="+58"/>
        <source>The folder %1 for the store could not be created</source>
        <translation>Ο φάκελος %1 για τον χώρο αποθήκευσης δεν ήταν δυνατό να δημιουργηθεί</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store %1 could not be created: %2</source>
        <translation>Ο χώρος αποθήκευσης %1 δεν ήταν δυνατό να δημιουργηθεί: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <source>The store could not be prepared (%1): %2</source>
        <translation>Ο χώρος αποθήκευσης δεν ήταν δυνατό να προετοιμαστεί (%1): %2</translation>
    </message>
</context>
<context>
    <name>SqliteTokenInserter</name>
    <message>
        <location filename="../app/stores/sql/SqliteTokenInserter.cpp" line="+50"/>
        <source>The import could not %1: %2</source>
        <translation>Η εισαγωγή δεν μπόρεσε να %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+94"/>
        <location line="+39"/>
        <location line="+96"/>
        <source>run a query</source>
        <translation>εκτελέσει ένα ερώτημα</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+102"/>
        <location line="+97"/>
        <source>prepare a query</source>
        <translation>προετοιμάσει ένα ερώτημα</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>draw a token number</source>
        <translation>δώσει αριθμό διακριτικού</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The import was cancelled while it built its indexes</source>
        <translation>Η εισαγωγή ακυρώθηκε ενώ δημιουργούσε τα ευρετήριά της</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Another token already has this %1</source>
        <translation>Άλλο διακριτικό έχει ήδη αυτό το %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save a token</source>
        <translation>αποθηκεύσει ένα διακριτικό</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save a custom field</source>
        <translation>αποθηκεύσει ένα προσαρμοσμένο πεδίο</translation>
    </message>
</context>
<context>
    <name>StateLabels</name>
    <message>
        <location filename="../models/StateLabels.cpp" line="+11"/>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Σε αναστολή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <translation>Τερματισμένος</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../ui/StoreSession.cpp" line="+38"/>
        <source>Opening %1…</source>
        <translation>Άνοιγμα του %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be opened: %2. You are still working on %3.</source>
        <translation>Δεν ήταν δυνατό να ανοίξει το %1: %2. Συνεχίζετε να εργάζεστε στο %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Still working on %1: the token you are editing was kept.</source>
        <translation>Συνεχίζετε να εργάζεστε στο %1: το διακριτικό που επεξεργάζεστε διατηρήθηκε.</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <location filename="../app/core/StoreUrl.cpp" line="+22"/>
        <source>The path of the store URL contains U+%1, a control or spacing character</source>
        <translation>Η διαδρομή της διεύθυνσης URL της αποθήκης περιέχει το U+%1, χαρακτήρα ελέγχου ή διαστήματος</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store URL contains U+%1, which is not a character</source>
        <translation>Η διεύθυνση URL της αποθήκης περιέχει το U+%1, που δεν είναι χαρακτήρας</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sqlite: needs a file path, as in sqlite:/path/to/tokens.sqlite</source>
        <translation>Το sqlite: χρειάζεται διαδρομή αρχείου, όπως sqlite:/διαδρομή/προς/tokens.sqlite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a store URL; use sqlite:PATH, postgres://USER@HOST:PORT/DB or crm+https://USER@HOST/?organisation=ORG</source>
        <translation>Το «%1» δεν είναι URL χώρου αποθήκευσης· χρησιμοποιήστε sqlite:ΔΙΑΔΡΟΜΗ, postgres://ΧΡΗΣΤΗΣ@HOST:PORT/DB ή crm+https://ΧΡΗΣΤΗΣ@HOST/?organisation=ORG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A store URL must not contain a password; it is read from the keychain or TOKENDESK_PASSWORD</source>
        <translation>Ένα URL χώρου αποθήκευσης δεν πρέπει να περιέχει κωδικό· αυτός διαβάζεται από την κλειδοθήκη ή το TOKENDESK_PASSWORD</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>postgres:// needs a database name, as in postgres://user@host:5432/tokens</source>
        <translation>Το postgres:// χρειάζεται όνομα βάσης δεδομένων, όπως postgres://user@host:5432/tokens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A CRM.COM store URL with a user name needs ?organisation=ORG</source>
        <translation>Ένα URL χώρου αποθήκευσης CRM.COM με όνομα χρήστη χρειάζεται ?organisation=ORG</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <location filename="../app/cli/TokenCommands.cpp" line="+17"/>
        <location line="+63"/>
        <source>The pass code of an identifier:X reference.</source>
        <translation>Ο κωδικός πρόσβασης μιας αναφοράς identifier:X.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+5"/>
        <location line="+55"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>CODE</source>
        <translation>ΚΩΔΙΚΟΣ</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>[FIELD OPTIONS]</source>
        <translation>[ΕΠΙΛΟΓΕΣ ΠΕΔΙΩΝ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a token; prints it and any generated code once.</source>
        <translation>Δημιουργία διακριτικού· εμφανίζει το ίδιο και κάθε παραγόμενο κωδικό μία φορά.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF [--pass-code P]</source>
        <translation>REF [--pass-code P]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one token.</source>
        <translation>Εμφάνιση ενός διακριτικού.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF [FIELD OPTIONS] [--expect-version N] [--current-pass-code P]</source>
        <translation>REF [ΕΠΙΛΟΓΕΣ ΠΕΔΙΩΝ] [--expect-version N] [--current-pass-code P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change fields of a token; left-out fields stay as they are.</source>
        <translation>Αλλαγή πεδίων ενός διακριτικού· όσα πεδία παραλείπονται μένουν ως έχουν.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete a NOT_EFFECTIVE token.</source>
        <translation>Διαγραφή διακριτικού σε κατάσταση NOT_EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT_EFFECTIVE -&gt; EFFECTIVE.</source>
        <translation>NOT_EFFECTIVE -&gt; EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFFECTIVE -&gt; NOT_EFFECTIVE.</source>
        <translation>EFFECTIVE -&gt; NOT_EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF --verification-code C [--pass-code P]</source>
        <translation>REF --verification-code C [--pass-code P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING_VERIFICATION -&gt; EFFECTIVE; --pass-code sets the pass code.</source>
        <translation>PENDING_VERIFICATION -&gt; EFFECTIVE· το --pass-code ορίζει τον κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a new verification code (printed once).</source>
        <translation>Έκδοση νέου κωδικού επαλήθευσης (εμφανίζεται μία φορά).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a random pass code (printed once).</source>
        <translation>Έκδοση τυχαίου κωδικού πρόσβασης (εμφανίζεται μία φορά).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDENTIFIER</source>
        <translation>ΑΝΑΓΝΩΡΙΣΤΙΚΟ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue a pass code reset e-mail.</source>
        <translation>Προγραμματισμός αποστολής e-mail επαναφοράς κωδικού πρόσβασης.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF --current-pass-code P --pass-code NEW</source>
        <translation>REF --current-pass-code P --pass-code ΝΕΟΣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the pass code.</source>
        <translation>Αλλαγή του κωδικού πρόσβασης.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a one-time password (printed once).</source>
        <translation>Έκδοση κωδικού μίας χρήσης (εμφανίζεται μία φορά).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[--account N | --participant N | --not-associated] [--classification NAME] [--state STATE] [--search TEXT] [--sort FIELD[:desc]] [--limit N] [--offset N]</source>
        <translation>[--account N | --participant N | --not-associated] [--classification ΟΝΟΜΑ] [--state ΚΑΤΑΣΤΑΣΗ] [--search ΚΕΙΜΕΝΟ] [--sort ΠΕΔΙΟ[:desc]] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List tokens.</source>
        <translation>Εμφάνιση διακριτικών.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pass code of an identifier:X reference (--pass-code is the new one).</source>
        <translation>Ο κωδικός πρόσβασης μιας αναφοράς identifier:X (το --pass-code είναι ο νέος).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code sent to the customer.</source>
        <translation>Ο κωδικός που στάλθηκε στον πελάτη.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pass code the token gets.</source>
        <translation>Ο κωδικός πρόσβασης που θα πάρει το διακριτικό.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token&apos;s current pass code.</source>
        <translation>Ο τρέχων κωδικός πρόσβασης του διακριτικού.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new pass code.</source>
        <translation>Ο νέος κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown command %1</source>
        <translation>Άγνωστη εντολή %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A token reference is missing: authentication_code:X, identifier:X, id:X or number:N</source>
        <translation>Λείπει αναφορά διακριτικού: authentication_code:X, identifier:X, id:X ή number:N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument &quot;%1&quot;</source>
        <translation>Μη αναμενόμενο όρισμα «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An identifier:X reference needs the token&apos;s pass code: add --%1 P</source>
        <translation>Μια αναφορά identifier:X χρειάζεται τον κωδικό πρόσβασης του διακριτικού: προσθέστε --%1 P</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create takes options only, not &quot;%1&quot;</source>
        <translation>Το create δέχεται μόνο επιλογές, όχι «%1»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>update needs at least one field option, such as --udf or --custom</source>
        <translation>Το update χρειάζεται τουλάχιστον μία επιλογή πεδίου, όπως --udf ή --custom</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted token %1:</source>
        <translation>Διαγράφηκε το διακριτικό %1:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>verify needs --verification-code CODE</source>
        <translation>Το verify χρειάζεται --verification-code ΚΩΔΙΚΟΣ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>forgot-pass-code needs exactly one IDENTIFIER (an e-mail address)</source>
        <translation>Το forgot-pass-code χρειάζεται ακριβώς ένα ΑΝΑΓΝΩΡΙΣΤΙΚΟ (διεύθυνση e-mail)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pass code reset e-mail to %1 was queued.</source>
        <translation>Ένα e-mail επαναφοράς κωδικού πρόσβασης προς %1 μπήκε στην ουρά.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>change-pass-code needs --current-pass-code P and --pass-code NEW</source>
        <translation>Το change-pass-code χρειάζεται --current-pass-code P και --pass-code ΝΕΟΣ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pass code of %1 was changed.</source>
        <translation>Ο κωδικός πρόσβασης του %1 άλλαξε.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list takes options only, not &quot;%1&quot;</source>
        <translation>Το list δέχεται μόνο επιλογές, όχι «%1»</translation>
    </message>
</context>
<context>
    <name>TokenEditor</name>
    <message>
        <location filename="../ui/TokenEditor.cpp" line="+56"/>
        <source>Created %1</source>
        <translation>Δημιουργήθηκε %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated %1</source>
        <translation>Ενημερώθηκε %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1 by %2</source>
        <translation>Δημιουργήθηκε %1 από %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 by %2</source>
        <translation>Ενημερώθηκε %1 από %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Validation problems</source>
        <translation>Προβλήματα επικύρωσης</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;General</source>
        <translation>&amp;Γενικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User-defined fields</source>
        <translation>Πεδία &amp;χρήστη</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation>Αποθήκευση των αλλαγμένων πεδίων (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+636"/>
        <source>Discard the edits of this deleted token</source>
        <translation>Απόρριψη των αλλαγών σε αυτό το διαγραμμένο διακριτικό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the edits and show the token as it is stored</source>
        <translation>Απόρριψη των αλλαγών και εμφάνιση του διακριτικού όπως είναι αποθηκευμένο</translation>
    </message>
    <message>
        <location line="-593"/>
        <source>Set new pass code</source>
        <translation>Ορισμός νέου κωδικού πρόσβασης</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 4111********1111</source>
        <translation>π.χ. 4111********1111</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Identifier:</source>
        <translation>Α&amp;ναγνωριστικό:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set new &amp;pass code:</source>
        <translation>Νέος &amp;κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authentication code:</source>
        <translation>Κωδικός &amp;ταυτοποίησης:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car&amp;d number:</source>
        <translation>Α&amp;ριθμός κάρτας:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>Τα&amp;ξινόμηση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Λογαριασμός:</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Custo&amp;m fields</source>
        <translation>Προσαρμοσμένα &amp;πεδία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Ιστορικό</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>Επανα&amp;φορά</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Unchanged if left empty</source>
        <translation>Αμετάβλητος αν μείνει κενός</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Participa&amp;nt:</source>
        <translation>&amp;Μέλος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Κατάσταση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>Επαλήθευση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text &amp;%1:</source>
        <translation>Κείμενο &amp;%1:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not set</source>
        <translation>Δεν έχει οριστεί</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number %1:</source>
        <translation>Αριθμός %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date %1:</source>
        <translation>Ημερομηνία %1:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Custom fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>Προ&amp;σθήκη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove</source>
        <translation>Αφαίρεσ&amp;η</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Ιστορικό ελέγχου</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail:</source>
        <translation>Ιστορικό ελέγχου:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>None set</source>
        <translation>Δεν έχει οριστεί</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>Token %1 (deleted by someone else)</source>
        <translation>Διακριτικό %1 (διαγράφηκε από κάποιον άλλο)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token %1</source>
        <translation>Διακριτικό %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No token selected</source>
        <translation>Δεν έχει επιλεγεί διακριτικό</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Not verified</source>
        <translation>Δεν έχει επαληθευτεί</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The audit trail could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του ιστορικού ελέγχου: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Number %1 is not a number in your locale (e.g. %2)</source>
        <translation>Ο Αριθμός %1 δεν είναι αριθμός στις τοπικές σας ρυθμίσεις (π.χ. %2)</translation>
    </message>
    <message>
        <location line="+170"/>
        <location line="+53"/>
        <source>Token %1 was not saved: %2</source>
        <translation>Το διακριτικό %1 δεν αποθηκεύτηκε: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Token %1 saved</source>
        <translation>Το διακριτικό %1 αποθηκεύτηκε</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving token %1 was cancelled before the store answered; your changes are still in the editor</source>
        <translation>Η αποθήκευση του token %1 ακυρώθηκε πριν απαντήσει ο χώρος αποθήκευσης· οι αλλαγές σας παραμένουν στον επεξεργαστή</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving token %1 failed: %2. Your edits are still in the editor; saving again shows whether they went through.</source>
        <translation>Η αποθήκευση του διακριτικού %1 απέτυχε: %2. Οι αλλαγές σας παραμένουν στον επεξεργαστή· μια νέα αποθήκευση δείχνει αν έφτασαν.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+55"/>
        <source>Token %1 was not saved: someone else deleted it.</source>
        <translation>Το διακριτικό %1 δεν αποθηκεύτηκε: κάποιος άλλος το διέγραψε.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token %1 was changed or deleted by someone else: %2</source>
        <translation>Το διακριτικό %1 άλλαξε ή διαγράφηκε από άλλον χρήστη: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token %1 reloaded; your edits were discarded</source>
        <translation>Το διακριτικό %1 φορτώθηκε ξανά· οι αλλαγές σας απορρίφθηκαν</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token %1 was not saved: someone else changed it. Your edits are still in the editor; Save again to compare them.</source>
        <translation>Το διακριτικό %1 δεν αποθηκεύτηκε: κάποιος άλλος το άλλαξε. Οι αλλαγές σας παραμένουν στον επεξεργαστή· αποθηκεύστε ξανά για να τις συγκρίνετε.</translation>
    </message>
</context>
<context>
    <name>TokenExporter</name>
    <message>
        <location filename="../app/io/TokenExporter.cpp" line="+28"/>
        <source>An export needs at least one column</source>
        <translation>Μια εξαγωγή χρειάζεται τουλάχιστον μία στήλη</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a custom field name</source>
        <translation>Το «%1» δεν είναι όνομα προσαρμοσμένου πεδίου</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no field &quot;%1&quot;</source>
        <translation>Δεν υπάρχει πεδίο «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a secret and is never exported</source>
        <translation>Το %1 είναι μυστικό και δεν εξάγεται ποτέ</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+34"/>
        <source>The export was cancelled</source>
        <translation>Η εξαγωγή ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>TokenFields</name>
    <message>
        <location filename="../app/core/TokenField.cpp" line="+52"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication code</source>
        <translation>Κωδικός ταυτοποίησης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>Αριθμός κάρτας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Ταξινόμηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Μέλος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Επαληθεύτηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UDF number %1</source>
        <translation>UDF αριθμός %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDF date %1</source>
        <translation>UDF ημερομηνία %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDF text %1</source>
        <translation>UDF κείμενο %1</translation>
    </message>
</context>
<context>
    <name>TokenPatch</name>
    <message>
        <location filename="../app/core/TokenPatch.cpp" line="+59"/>
        <location line="+52"/>
        <source>%1 is not a field that can be set</source>
        <translation>Το «%1» δεν είναι πεδίο που μπορεί να οριστεί</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>Το πεδίο «%1» πρέπει να είναι αριθμός, όχι «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>Το πεδίο «%1» πρέπει να είναι ημερομηνία της μορφής ΕΕΕΕ-ΜΜ-ΗΗ, όχι «%2»</translation>
    </message>
</context>
<context>
    <name>TokenPatchOptions</name>
    <message>
        <location filename="../app/cli/TokenPatchOptions.cpp" line="+32"/>
        <source>User name, e-mail, phone or number; unique.</source>
        <translation>Όνομα χρήστη, e-mail, τηλέφωνο ή αριθμός· μοναδικό.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>TEXT</source>
        <translation>ΚΕΙΜΕΝΟ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The pass code (stored as a hash only).</source>
        <translation>Ο κωδικός πρόσβασης (αποθηκεύεται μόνο ως hash).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>CODE</source>
        <translation>ΚΩΔΙΚΟΣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The authentication code; unique.</source>
        <translation>Ο κωδικός ταυτοποίησης· μοναδικός.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The masked card number, e.g. 4111********1111.</source>
        <translation>Ο καλυμμένος αριθμός κάρτας, π.χ. 4111********1111.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification name or id; empty clears it.</source>
        <translation>Όνομα ή id ταξινόμησης· κενό την αφαιρεί.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts receivable number; empty removes it.</source>
        <translation>Αριθμός λογαριασμού πελάτη· κενό τον αφαιρεί.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>ΑΡΙΘΜΟΣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reward participant number; empty removes it.</source>
        <translation>Αριθμός μέλους επιβράβευσης· κενό το αφαιρεί.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user-defined field by wire name, e.g. udf_float_2=3.5; =null clears it. Repeatable.</source>
        <translation>Πεδίο ορισμένο από τον χρήστη με το όνομα του API, π.χ. udf_float_2=3.5· το =null το εκκαθαρίζει. Επαναλαμβανόμενο.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>NAME=VALUE</source>
        <translation>ΟΝΟΜΑ=ΤΙΜΗ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A custom field; NAME= removes it. Repeatable.</source>
        <translation>Προσαρμοσμένο πεδίο· το ΟΝΟΜΑ= το αφαιρεί. Επαναλαμβανόμενο.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse with CONFLICT unless the token is still at version N.</source>
        <translation>Απόρριψη με CONFLICT εκτός αν το διακριτικό είναι ακόμη στην έκδοση N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--expect-version needs a version number, not &quot;%1&quot;</source>
        <translation>Το --expect-version χρειάζεται αριθμό έκδοσης, όχι «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--udf needs NAME=VALUE with NAME one of udf_string_1..%1, udf_float_1..%2, udf_date_1..%3, not &quot;%4&quot;</source>
        <translation>Το --udf χρειάζεται ΟΝΟΜΑ=ΤΙΜΗ με ΟΝΟΜΑ ένα από udf_string_1..%1, udf_float_1..%2, udf_date_1..%3, όχι «%4»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--custom needs NAME=VALUE, not &quot;%1&quot;</source>
        <translation>Το --custom χρειάζεται ΟΝΟΜΑ=ΤΙΜΗ, όχι «%1»</translation>
    </message>
</context>
<context>
    <name>TokenRef</name>
    <message>
        <location filename="../app/core/TokenRef.cpp" line="+34"/>
        <source>The token reference &quot;%1&quot; has no value after the colon</source>
        <translation>Η αναφορά διακριτικού «%1» δεν έχει τιμή μετά την άνω και κάτω τελεία</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a token reference; use authentication_code:X, identifier:X, id:X or number:N</source>
        <translation>Το «%1» δεν είναι αναφορά διακριτικού· χρησιμοποιήστε authentication_code:X, identifier:X, id:X ή number:N</translation>
    </message>
</context>
<context>
    <name>TokenRulesEditor</name>
    <message>
        <location filename="../ui/TokenRulesEditor.cpp" line="+18"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Entered by a person</source>
        <translation>Εισάγεται από άτομο</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Generated number</source>
        <translation>Παραγόμενος αριθμός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated letters and digits</source>
        <translation>Παραγόμενα γράμματα και ψηφία</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address</source>
        <translation>Διεύθυνση e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Ελεύθερο κείμενο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Αναγνωριστικό:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier &amp;format:</source>
        <translation>&amp;Μορφή αναγνωριστικού:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier need&amp;s at least:</source>
        <translation>Αναγνωριστικό — το&amp;υλάχιστον:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated</source>
        <translation>Παράγεται</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass code:</source>
        <translation>Κωδικός πρό&amp;σβασης:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass code needs a&amp;t least:</source>
        <translation>Κωδικός πρόσβασης — τουλάχ&amp;ιστον:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated (32 hex characters)</source>
        <translation>Παράγεται (32 δεκαεξαδικοί χαρακτήρες)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;uthentication code:</source>
        <translation>Κωδικός &amp;ταυτοποίησης:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow tokens &amp;without identifier and pass code</source>
        <translation>Να &amp;επιτρέπονται διακριτικά χωρίς αναγνωριστικό και κωδικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tokens need &amp;verification</source>
        <translation>Τα νέα &amp;διακριτικά χρειάζονται επαλήθευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set not effective w&amp;hen the last association is removed</source>
        <translation>Ο&amp;ρισμός ως ανενεργό όταν αφαιρείται η τελευταία συσχέτιση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;OTP lifetime:</source>
        <translation>Διάρκεια κωδικού μίας &amp;χρήσης:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 minimum length</source>
        <translation>%1: ελάχιστο μήκος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>γράμμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digit</source>
        <translation>ψηφίο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special character</source>
        <translation>ειδικός χαρακτήρας</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <location filename="../app/service/TokenService.cpp" line="+47"/>
        <source>No store could be created</source>
        <translation>Δεν ήταν δυνατή η δημιουργία χώρου αποθήκευσης</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <location filename="../app/core/TokenSettings.cpp" line="+149"/>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>Το «%1» δεν είναι έγκυρη τιμή για %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a setting; the settings are: %2</source>
        <translation>Το %1 δεν είναι ρύθμιση· οι ρυθμίσεις είναι: %2</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../app/stores/TokenStore.h" line="+92"/>
        <source>Unknown bulk action</source>
        <translation>Άγνωστη μαζική ενέργεια</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <location filename="../models/TokenTableModel.cpp" line="+68"/>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 (the store cannot sort by this column)</source>
        <translation>%1 (ο χώρος αποθήκευσης δεν μπορεί να ταξινομήσει κατά αυτή τη στήλη)</translation>
    </message>
    <message>
        <location line="+430"/>
        <source>Could not load tokens: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση διακριτικών: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not count tokens: %1</source>
        <translation>Δεν ήταν δυνατή η καταμέτρηση διακριτικών: %1</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <location filename="../app/core/TokenValidator.cpp" line="+34"/>
        <source>A custom field&apos;s name</source>
        <translation>Το όνομα ενός προσαρμοσμένου πεδίου</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+65"/>
        <source>%1 is longer than %2 characters</source>
        <translation>Το πεδίο «%1» είναι μεγαλύτερο από %2 χαρακτήρες</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1 contains a line break; it must be on one line</source>
        <translation>Το πεδίο «%1» περιέχει αλλαγή γραμμής· πρέπει να είναι σε μία γραμμή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a control character</source>
        <translation>Το πεδίο «%1» περιέχει χαρακτήρα ελέγχου</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts with an invisible byte-order mark</source>
        <translation>Το πεδίο «%1» αρχίζει με αόρατο σημάδι σειράς byte (BOM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs at least %2 characters</source>
        <translation>Το πεδίο «%1» χρειάζεται τουλάχιστον %2 χαρακτήρες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one letter</source>
        <translation>Το πεδίο «%1» χρειάζεται τουλάχιστον ένα γράμμα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one digit</source>
        <translation>Το πεδίο «%1» χρειάζεται τουλάχιστον ένα ψηφίο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one special character</source>
        <translation>Το πεδίο «%1» χρειάζεται τουλάχιστον έναν ειδικό χαρακτήρα</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+46"/>
        <source>%1 cannot be blank</source>
        <translation>Το πεδίο «%1» δεν μπορεί να είναι κενό</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 must be an e-mail address such as name@example.com</source>
        <translation>Το πεδίο «%1» πρέπει να είναι διεύθυνση e-mail όπως name@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only</source>
        <translation>Το πεδίο «%1» πρέπει να περιέχει μόνο ψηφία</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be empty</source>
        <translation>Το πεδίο «%1» δεν μπορεί να είναι κενό</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 must be 4 to 32 digits and mask characters, such as 4111********1111</source>
        <translation>Το πεδίο «%1» πρέπει να αποτελείται από 4 έως 32 ψηφία και χαρακτήρες κάλυψης, όπως 4111********1111</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 shows more than %2 digits: mask the middle ones, as in 4111********1111, so no full card number is stored</source>
        <translation>Το πεδίο «%1» δείχνει περισσότερα από %2 ψηφία: καλύψτε τα μεσαία, όπως 4111********1111, ώστε να μην αποθηκεύεται πλήρης αριθμός κάρτας</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a finite number</source>
        <translation>Το πεδίο «%1» πρέπει να είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The custom field %1 starts with an invisible byte-order mark</source>
        <translation>Το προσαρμοσμένο πεδίο %1 αρχίζει με αόρατο σημάδι σειράς byte (BOM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pass code cannot be cleared while the token has an identifier</source>
        <translation>Ο κωδικός πρόσβασης δεν μπορεί να διαγραφεί όσο το διακριτικό έχει αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pass code is required when an identifier is given</source>
        <translation>Απαιτείται κωδικός πρόσβασης όταν δίνεται αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An identifier is required: the rules for this token (its classification&apos;s, or the store&apos;s) do not allow tokens without identifier and pass code</source>
        <translation>Απαιτείται αναγνωριστικό: οι κανόνες αυτού του διακριτικού (της ταξινόμησής του ή του χώρου αποθήκευσης) δεν επιτρέπουν διακριτικά χωρίς αναγνωριστικό και κωδικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An authentication code is required: the rules for this token (its classification&apos;s, or the store&apos;s) do not generate one</source>
        <translation>Απαιτείται κωδικός ταυτοποίησης: οι κανόνες αυτού του διακριτικού (της ταξινόμησής του ή του χώρου αποθήκευσης) δεν παράγουν κωδικό</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The authentication code cannot be cleared</source>
        <translation>Ο κωδικός ταυτοποίησης δεν μπορεί να διαγραφεί</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>A custom field needs a name</source>
        <translation>Ένα προσαρμοσμένο πεδίο χρειάζεται όνομα</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The custom field %1 is longer than 4096 characters</source>
        <translation>Το προσαρμοσμένο πεδίο %1 είναι μεγαλύτερο από 4096 χαρακτήρες</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A pass code needs an identifier</source>
        <translation>Ένας κωδικός πρόσβασης χρειάζεται αναγνωριστικό</translation>
    </message>
</context>
<context>
    <name>TransitionTable</name>
    <message>
        <location filename="../app/core/TransitionTable.cpp" line="+70"/>
        <source>Needs a token that is %1; this one is %2</source>
        <translation>Χρειάζεται διακριτικό σε κατάσταση «%1»· αυτό είναι «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation>» ή «</translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <location filename="../app/service/TranslationLoader.cpp" line="+38"/>
        <source>TokenDesk has no translation for %1; the interface stays in English.</source>
        <translation>Το TokenDesk δεν έχει μετάφραση για %1· η διεπαφή παραμένει στα αγγλικά.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../ui/VerifyDialog.cpp" line="+16"/>
        <source>Verify Token %1</source>
        <translation>Επαλήθευση διακριτικού %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the customer received</source>
        <translation>Ο κωδικός που έλαβε ο πελάτης</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Προαιρετικό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>Ε&amp;παλήθευση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verification code:</source>
        <translation>Κωδικός ε&amp;παλήθευσης:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;pass code:</source>
        <translation>Νέος &amp;κωδικός πρόσβασης:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+54"/>
        <source>Back office for CRM.COM access tokens</source>
        <translation>Διαχείριση διακριτικών πρόσβασης του CRM.COM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and exit.</source>
        <translation>Εμφάνιση της έκδοσης και έξοδος.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store to open (sqlite:PATH, postgres://…, crm+https://…, or crm+http://… for a test server on this machine).</source>
        <translation>Ο χώρος αποθήκευσης που θα ανοίξει (sqlite:ΔΙΑΔΡΟΜΗ, postgres://…, crm+https://… ή crm+http://… για διακομιστή δοκιμών σε αυτόν τον υπολογιστή).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not fill a new, empty store with demo data.</source>
        <translation>Να μη γεμίζει νέος, κενός χώρος αποθήκευσης με δοκιμαστικά δεδομένα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save screenshots of the main views into a folder and exit.</source>
        <translation>Αποθήκευση στιγμιότυπων των κύριων προβολών σε φάκελο και έξοδος.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV file to import once the store is open.</source>
        <translation>Ένα αρχείο CSV για εισαγωγή μόλις ανοίξει ο χώρος αποθήκευσης.</translation>
    </message>
</context>
</TS>
