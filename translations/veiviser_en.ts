<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>vv::Error</name>
    <message>
        <location filename="../modules/core/Error.cpp" line="+7" />
        <source>Cancelled by the user</source>
        <translation>Cancelled by the user</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nothing was changed; start again when ready.</source>
        <translation>Nothing was changed; start again when ready.</translation>
    </message>
</context>
<context>
    <name>vv::Json</name>
    <message>
        <location filename="../modules/core/Json.cpp" line="+44" />
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fix the file or produce it again.</source>
        <translation>Fix the file or produce it again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path and the file's permissions.</source>
        <translation>Check the path and the file's permissions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is %2 bytes; the limit for this file is %3 bytes</source>
        <translation>%1 is %2 bytes; the limit for this file is %3 bytes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that this is the right file.</source>
        <translation>Check that this is the right file.</translation>
    </message>
</context>
<context>
    <name>vv::ProjectStore</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+55" />
        <source>the project's schema version '%1' is not valid</source>
        <translation>the project's schema version '%1' is not valid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged; restore it from a backup.</source>
        <translation>The file is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>migration %1 (%2)</source>
        <translation>migration %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/store/Sql.cpp" line="+10" />
        <source>%1: database error: %2</source>
        <translation>%1: database error: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</source>
        <translation>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: no result</source>
        <translation>%1: no result</translation>
    </message>
    <message>
        <location filename="../modules/store/Transaction.cpp" line="+34" />
        <source>internal error: a change without an audit entry was refused</source>
        <translation>internal error: a change without an audit entry was refused</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditChain.cpp" line="+76" />
        <source>entry %1 is missing (the next entry found is %2)</source>
        <translation>entry %1 is missing (the next entry found is %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 does not follow entry %2 (its link to the previous entry is wrong; entries were removed or reordered)</source>
        <translation>entry %1 does not follow entry %2 (its link to the previous entry is wrong; entries were removed or reordered)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 was changed after it was written (its content does not match its hash)</source>
        <translation>entry %1 was changed after it was written (its content does not match its hash)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</source>
        <translation>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</translation>
    </message>
    <message>
        <location filename="../modules/store/BlobStore.cpp" line="+60" />
        <source>reading failed after %1 bytes: %2</source>
        <translation>reading failed after %1 bytes: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file and try again; nothing was stored.</source>
        <translation>Check the file and try again; nothing was stored.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>storing a chunk</source>
        <translation>storing a chunk</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file changed while it was read (expected %1 bytes, read %2)</source>
        <translation>the file changed while it was read (expected %1 bytes, read %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until the file is complete and import it again; nothing was stored.</source>
        <translation>Wait until the file is complete and import it again; nothing was stored.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>no stored content with hash %1</source>
        <translation>no stored content with hash %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stored content %1 is damaged: %2</source>
        <translation>stored content %1 is damaged: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore the project from a backup, or import the file again.</source>
        <translation>Restore the project from a backup, or import the file again.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>reading stored content</source>
        <translation>reading stored content</translation>
    </message>
    <message>
        <location line="+2" />
        <source>part %1 of %2 is missing</source>
        <translation>part %1 of %2 is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>part %1 has the wrong size</source>
        <translation>part %1 has the wrong size</translation>
    </message>
    <message>
        <location line="+3" />
        <source>writing failed: %1</source>
        <translation>writing failed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check free disk space and permissions.</source>
        <translation>Check free disk space and permissions.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected %1 bytes, found %2</source>
        <translation>expected %1 bytes, found %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the content does not match its hash</source>
        <translation>the content does not match its hash</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectStore.cpp" line="+58" />
        <source>no project at %1</source>
        <translation>no project at %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path, or create a project with 'project init'.</source>
        <translation>Check the path, or create a project with 'project init'.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a .veiviser file.</source>
        <translation>Give the path of a .veiviser file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file's permissions.</source>
        <translation>Check the file's permissions.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Veiviser project</source>
        <translation>%1 is not a Veiviser project</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <location line="+146" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Open a .veiviser file created by Veiviser.</translation>
    </message>
    <message>
        <location line="-147" />
        <source>%1 is an SQLite database, but not a Veiviser project</source>
        <translation>%1 is an SQLite database, but not a Veiviser project</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt's SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package libqt6sql6-sqlite.</source>
        <translation>Install the Debian package libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+64" />
        <source>team projects on PostgreSQL are not available in this version of Veiviser</source>
        <translation>team projects on PostgreSQL are not available in this version of Veiviser</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+64" />
        <source>Use a project file (NAME.veiviser) for now.</source>
        <translation>Use a project file (NAME.veiviser) for now.</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+168" />
        <source>a project needs a name</source>
        <translation>a project needs a name</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Give one with --name.</source>
        <translation>Give one with --name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another file name, or open the existing project.</source>
        <translation>Choose another file name, or open the existing project.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create the folder first.</source>
        <translation>Create the folder first.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check that the folder is writable.</source>
        <translation>Check that the folder is writable.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 cannot be read as a Veiviser project (%2)</source>
        <translation>%1 cannot be read as a Veiviser project (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+66" />
        <source>The file may be damaged; restore it from a backup.</source>
        <translation>The file may be damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location line="-57" />
        <source>%1 is not a Veiviser project (it has no project data)</source>
        <translation>%1 is not a Veiviser project (it has no project data)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a newer version</source>
        <translation>a newer version</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this project was written by Veiviser %1; update Veiviser to open it</source>
        <translation>this project was written by Veiviser %1; update Veiviser to open it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is Veiviser %1. The file was not changed.</source>
        <translation>This is Veiviser %1. The file was not changed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 uses an older project format</source>
        <translation>%1 uses an older project format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it once without read-only access to upgrade it.</source>
        <translation>Open it once without read-only access to upgrade it.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>this project is open read-only</source>
        <translation>this project is open read-only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it with write access to change it.</source>
        <translation>Open it with write access to change it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has no project record</source>
        <translation>%1 has no project record</translation>
    </message>
</context>
<context>
    <name>vv::Sha256</name>
    <message>
        <location filename="../modules/core/Sha256.cpp" line="+64" />
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>Check that the file exists and is readable.</translation>
    </message>
</context>
<context>
    <name>vv::cli</name>
    <message>
        <location filename="../modules/cli/Args.cpp" line="+25" />
        <source>Usage: veiviser-cli %1</source>
        <translation>Usage: veiviser-cli %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--%1 takes no value</source>
        <translation>--%1 takes no value</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--%1 is given twice</source>
        <translation>--%1 is given twice</translation>
    </message>
    <message>
        <location line="+4" />
        <source>missing arguments</source>
        <translation>missing arguments</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <location filename="../modules/cli/Cli.cpp" line="+27" />
        <source>Usage: veiviser-cli [--json] [--lang nb|en] COMMAND ...</source>
        <translation>Usage: veiviser-cli [--json] [--lang nb|en] COMMAND ...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exit codes: 0 success; 1 a check found a problem; 2 usage or input error; 3 engine or runtime failure.</source>
        <translation>Exit codes: 0 success; 1 a check found a problem; 2 usage or input error; 3 engine or runtime failure.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>unknown language '%1'</source>
        <translation>unknown language '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use --lang nb or --lang en.</source>
        <translation>Use --lang nb or --lang en.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown command '%1'</source>
        <translation>unknown command '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli --help' for the list of commands.</source>
        <translation>Run 'veiviser-cli --help' for the list of commands.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Usage: veiviser-cli %1 %2</source>
        <translation>Usage: veiviser-cli %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/cli/CommandRegistry.cpp" line="+7" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+118" />
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-81" />
        <source>unknown role '%1'; allowed: provider, deployer, both</source>
        <translation>unknown role '%1'; allowed: provider, deployer, both</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Created project '%1' in %2</source>
        <translation>Created project '%1' in %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version</source>
        <translation>System version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (written by Veiviser %2)</source>
        <translation>%1 (written by Veiviser %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stored files</source>
        <translation>Stored files</translation>
    </message>
    <message>
        <location line="+31" />
        <source>audit chain broken at entry %1: %2</source>
        <translation>audit chain broken at entry %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project was changed outside Veiviser; restore it from a backup.</source>
        <translation>The project was changed outside Veiviser; restore it from a backup.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>Audit chain intact: %n entry verified</numerusform>
            <numerusform>Audit chain intact: %n entries verified</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>--from and --limit take positive whole numbers</source>
        <translation>--from and --limit take positive whole numbers</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Create a new project file.</source>
        <translation>Create a new project file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a project's name, system version, role, schema and counts.</source>
        <translation>Show a project's name, system version, role, schema and counts.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the audit chain is complete and unaltered (exit 1 if not).</source>
        <translation>Check that the audit chain is complete and unaltered (exit 1 if not).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List audit entries, oldest first.</source>
        <translation>List audit entries, oldest first.</translation>
    </message>
</context>
<context>
    <name>vv::ui</name>
    <message>
        <location filename="../modules/ui/Labels.cpp" line="+10" />
        <source>Provider (manufacturer)</source>
        <translation>Provider (manufacturer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deployer (user organisation)</source>
        <translation>Deployer (user organisation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provider and deployer</source>
        <translation>Provider and deployer</translation>
    </message>
</context>
<context>
    <name>vv::ui::AboutDialog</name>
    <message>
        <location filename="../modules/ui/AboutDialog.cpp" line="+30" />
        <source>About Veiviser</source>
        <translation>About Veiviser</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A workbench for AI in Norwegian health care: regulatory checklists, validation evidence, model-validation tests and signed documentation packages.</source>
        <translation>A workbench for AI in Norwegian health care: regulatory checklists, validation evidence, model-validation tests and signed documentation packages.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Veiviser works offline. It sends nothing anywhere unless you point an evaluation engine at a server.</source>
        <translation>Veiviser works offline. It sends nothing anywhere unless you point an evaluation engine at a server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
</context>
<context>
    <name>vv::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/MainWindow.cpp" line="+158" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Veiviser</source>
        <translation>&amp;About Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 – system version %2 – Veiviser</source>
        <translation>%1 – system version %2 – Veiviser</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(no recent projects)</source>
        <translation>(no recent projects)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser);;All files (*)</source>
        <translation>Veiviser projects (*.veiviser);;All files (*)</translation>
    </message>
</context>
<context>
    <name>vv::ui::MessageBar</name>
    <message>
        <location filename="../modules/ui/MessageBar.cpp" line="+19" />
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>vv::ui::NewProjectDialog</name>
    <message>
        <location filename="../modules/ui/NewProjectDialog.cpp" line="+26" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version</source>
        <translation>System version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for example: Sepsis risk model, Ward 4</source>
        <translation>for example: Sepsis risk model, Ward 4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System &amp;version:</source>
        <translation>System &amp;version:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Save new project as</source>
        <translation>Save new project as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser)</source>
        <translation>Veiviser projects (*.veiviser)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the project a name.</source>
        <translation>Give the project a name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the project file.</source>
        <translation>Choose where to save the project file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A file with this name already exists; choose another.</source>
        <translation>A file with this name already exists; choose another.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectOverviewPage</name>
    <message>
        <location filename="../modules/ui/ProjectOverviewPage.cpp" line="+61" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (last written by Veiviser %2)</source>
        <translation>%1 (last written by Veiviser %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry verified.</numerusform>
            <numerusform>The audit chain is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The audit chain is broken at entry %1: %2</source>
        <translation>The audit chain is broken at entry %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Project overview</source>
        <translation>Project overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>System version:</source>
        <translation>System version:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last change:</source>
        <translation>Last change:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Audit entries:</source>
        <translation>Audit entries:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stored files:</source>
        <translation>Stored files:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Verify audit chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that no recorded change was altered, removed or reordered.</source>
        <translation>Check that no recorded change was altered, removed or reordered.</translation>
    </message>
</context>
<context>
    <name>vv::ui::WelcomePage</name>
    <message>
        <location filename="../modules/ui/WelcomePage.cpp" line="+65" />
        <source>Welcome to Veiviser</source>
        <translation>Welcome to Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser guides you through the regulatory requirements for AI in Norwegian health care: the EU AI Act, the Medical Device Regulation, GDPR with Norwegian health-privacy law, and the Directorate of Health's quality framework. Everything is kept in one project file on this computer.</source>
        <translation>Veiviser guides you through the regulatory requirements for AI in Norwegian health care: the EU AI Act, the Medical Device Regulation, GDPR with Norwegian health-privacy law, and the Directorate of Health's quality framework. Everything is kept in one project file on this computer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
</context>
</TS>
