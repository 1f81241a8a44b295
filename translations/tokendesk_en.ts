<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkActionRunner</name>
    <message numerus="yes">
        <location filename="../ui/BulkActionRunner.cpp" line="+37"/>
        <source>%1: finding the %n selected token(s)…</source>
        <translation>
            <numerusform>%1: finding the %n selected token…</numerusform>
            <numerusform>%1: finding the %n selected tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%1: %n token(s)…</source>
        <translation>
            <numerusform>%1: %n token…</numerusform>
            <numerusform>%1: %n tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n token(s) done</source>
        <translation>
            <numerusform>%n token done</numerusform>
            <numerusform>%n tokens done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n already in that state</source>
        <translation>
            <numerusform>, %n already in that state</numerusform>
            <numerusform>, %n already in that state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n left out: their state does not allow it</source>
        <translation>
            <numerusform>, %n left out: its state does not allow it</numerusform>
            <numerusform>, %n left out: their state does not allow it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, cancelled: %n not sent and left unchanged</source>
        <translation>
            <numerusform>, cancelled: %n not sent and left unchanged</numerusform>
            <numerusform>, cancelled: %n not sent and left unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message numerus="yes">
        <location filename="../app/cli/CliOutput.cpp" line="+145"/>
        <source>%n token(s).</source>
        <translation>
            <numerusform>%n token.</numerusform>
            <numerusform>%n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="+97"/>
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>Exported %n token to %1</numerusform>
            <numerusform>Exported %n tokens to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="+417"/>
        <source>%n token(s) deleted</source>
        <translation>
            <numerusform>%n token deleted</numerusform>
            <numerusform>%n tokens deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportHistoryDialog.cpp" line="+179"/>
        <source>The latest %n import(s) are listed; older ones are read as you scroll down.</source>
        <translation>
            <numerusform>The latest import is listed; older ones are read as you scroll down.</numerusform>
            <numerusform>The latest %n imports are listed; older ones are read as you scroll down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>The %n token(s) it created will be deleted.</source>
        <translation>
            <numerusform>The token it created will be deleted.</numerusform>
            <numerusform>The %n tokens it created will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n token(s) it updated will get their earlier values back.</source>
        <translation>
            <numerusform>The token it updated will get its earlier values back.</numerusform>
            <numerusform>The %n tokens it updated will get their earlier values back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n import(s) exported to %1</source>
        <translation>
            <numerusform>%n import exported to %1</numerusform>
            <numerusform>%n imports exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <location filename="../app/io/ImportJob.cpp" line="+186"/>
        <location line="+185"/>
        <source>%n row(s) were refused, so nothing was imported</source>
        <translation>
            <numerusform>%n row was refused, so nothing was imported</numerusform>
            <numerusform>%n rows were refused, so nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n row(s) were refused</source>
        <translation>
            <numerusform>%n row was refused</numerusform>
            <numerusform>%n rows were refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportResultPage.cpp" line="+62"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+748"/>
        <source>This is a new store. TokenDesk is filling it with %n demo token(s) so you can try it out…</source>
        <translation>
            <numerusform>This is a new store. TokenDesk is filling it with %n demo token so you can try it out…</numerusform>
            <numerusform>This is a new store. TokenDesk is filling it with %n demo tokens so you can try it out…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>This new store was filled with %n demo token(s), %1 accounts and %2 participants. They are examples: delete them or start a new store when you go live.</source>
        <translation>
            <numerusform>This new store was filled with %n demo token, %1 accounts and %2 participants. They are examples: delete them or start a new store when you go live.</numerusform>
            <numerusform>This new store was filled with %n demo tokens, %1 accounts and %2 participants. They are examples: delete them or start a new store when you go live.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+391"/>
        <source>%Ln token(s) match</source>
        <translation>
            <numerusform>%Ln token matches</numerusform>
            <numerusform>%Ln tokens match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln selected</numerusform>
            <numerusform>%1, %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+860"/>
        <source>Delete %n token(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n token? This cannot be undone.</numerusform>
            <numerusform>Delete %n tokens? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only tokens in the state “%1” can be deleted: %n of the selected tokens stay as they are.</source>
        <translation>
            <numerusform>Only tokens in the state “%1” can be deleted: %n of the selected tokens stays as it is.</numerusform>
            <numerusform>Only tokens in the state “%1” can be deleted: %n of the selected tokens stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n of the selected tokens are in that state already and stay as they are.</source>
        <translation>
            <numerusform>%n of the selected tokens is in that state already and stays as it is.</numerusform>
            <numerusform>%n of the selected tokens are in that state already and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Set %n token(s) effective? Their holders can use them again.</source>
        <translation>
            <numerusform>Set %n token effective? Its holder can use it again.</numerusform>
            <numerusform>Set %n tokens effective? Their holders can use them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Set %n token(s) not effective? Their holders can no longer use them until they are set effective again.</source>
        <translation>
            <numerusform>Set %n token not effective? Its holder can no longer use it until it is set effective again.</numerusform>
            <numerusform>Set %n tokens not effective? Their holders can no longer use them until they are set effective again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>Exporting the %n selected token(s) to %1…</source>
        <translation>
            <numerusform>Exporting the selected token to %1…</numerusform>
            <numerusform>Exporting the %n selected tokens to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n token(s) exported to %1</source>
        <translation>
            <numerusform>%n token exported to %1</numerusform>
            <numerusform>%n tokens exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message numerus="yes">
        <location filename="../ui/SecretDialog.cpp" line="+42"/>
        <source>This is shown only once. The clipboard is cleared %n seconds after copying.</source>
        <translation>
            <numerusform>This is shown only once. The clipboard is cleared %n second after copying.</numerusform>
            <numerusform>This is shown only once. The clipboard is cleared %n seconds after copying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message numerus="yes">
        <location filename="../ui/SelectionExport.cpp" line="+118"/>
        <source>Writing %n token(s) to %1…</source>
        <translation>
            <numerusform>Writing %n token to %1…</numerusform>
            <numerusform>Writing %n tokens to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlImportHistory</name>
    <message numerus="yes">
        <location filename="../app/stores/sql/SqlImportHistory.cpp" line="+173"/>
        <source>Import %1 updated some of them: undo it first.</source>
        <translation>
            <numerusform>Import %1 updated some of them: undo it first.</numerusform>
            <numerusform>Imports %1 updated some of them: undo them first.</numerusform>
        </translation>
    </message>
</context>
</TS>
