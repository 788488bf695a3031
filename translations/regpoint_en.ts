<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RegPoint::App::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Signed in as %1. Every change here is recorded in the audit log.</source>
        <translation>Signed in as %1. Every change here is recorded in the audit log.</translation>
    </message>
    <message>
        <source>%1, type your password again: someone else may have sat down at the desk since you logged in.</source>
        <translation>%1, type your password again: someone else may have sat down at the desk since you logged in.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>This point</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A signed copy of the audit log (who did what and when: codes and record numbers, no candidate&apos;s name or ID number) for the county office. Plug in the USB drive and export to it.</source>
        <translation>A signed copy of the audit log (who did what and when: codes and record numbers, no candidate&apos;s name or ID number) for the county office. Plug in the USB drive and export to it.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Point code</source>
        <translation>Point code</translation>
    </message>
    <message>
        <source>Not provisioned: records are kept here and sealed once the technician installs the point&apos;s certificate.</source>
        <translation>Not provisioned: records are kept here and sealed once the technician installs the point&apos;s certificate.</translation>
    </message>
    <message>
        <source>Waiting for the province&apos;s certificate (the request was written).</source>
        <translation>Waiting for the province&apos;s certificate (the request was written).</translation>
    </message>
    <message>
        <source>Provisioned: records are sealed and signed.</source>
        <translation>Provisioned: records are sealed and signed.</translation>
    </message>
    <message>
        <source>Provisioned, but the keys did not load: call the technician.</source>
        <translation>Provisioned, but the keys did not load: call the technician.</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <source>Province settings</source>
        <translation>Province settings</translation>
    </message>
    <message>
        <source>version %1, received %2</source>
        <translation>version %1, received %2</translation>
    </message>
    <message>
        <source>Registration window</source>
        <translation>Registration window</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>none yet: they come with the first sync</source>
        <translation>none yet: they come with the first sync</translation>
    </message>
    <message>
        <source>Registration numbers left</source>
        <translation>Registration numbers left</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo attempts before a supervisor</source>
        <translation>Photo attempts before a supervisor</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Printer queue</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>none set up</translation>
    </message>
    <message>
        <source>Intake server</source>
        <translation>Intake server</translation>
    </message>
    <message>
        <source>none: records go by USB</source>
        <translation>none: records go by USB</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 can log in now.</translation>
    </message>
    <message>
        <source>The password of %1 is reset. Tell them to log in with it.</source>
        <translation>The password of %1 is reset. Tell them to log in with it.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>This point is not provisioned yet: the log cannot be signed. Ask the technician.</source>
        <translation>This point is not provisioned yet: the log cannot be signed. Ask the technician.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1, signed.</source>
        <translation>
            <numerusform>%n event exported to %1, signed.</numerusform>
            <numerusform>%n events exported to %1, signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no folder %1. Plug in the USB drive and type the folder it opened as.</source>
        <translation>There is no folder %1. Plug in the USB drive and type the folder it opened as.</translation>
    </message>
    <message>
        <source>%1 is on this computer&apos;s own disk, not on a USB drive. Plug in the drive and choose its folder.</source>
        <translation>%1 is on this computer&apos;s own disk, not on a USB drive. Plug in the drive and choose its folder.</translation>
    </message>
    <message>
        <source>The printer and the intake server are the technician&apos;s, set up with the machine.</source>
        <translation>The printer and the intake server are the technician&apos;s, set up with the machine.</translation>
    </message>
    <message>
        <source>The point&apos;s administrator changes the desk settings here; the printer and the intake server are the technician&apos;s. Every change is audited.</source>
        <translation>The point&apos;s administrator changes the desk settings here; the printer and the intake server are the technician&apos;s. Every change is audited.</translation>
    </message>
    <message>
        <source>Settings saved. They apply from now on.</source>
        <translation>Settings saved. They apply from now on.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Provision this point from a USB drive</source>
        <translation>Provision this point from a USB drive</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::BatchPrintDialog</name>
    <message>
        <source>Print all sheets</source>
        <translation>Print all sheets</translation>
    </message>
    <message>
        <source>Print every sheet not printed yet</source>
        <translation>Print every sheet not printed yet</translation>
    </message>
    <message>
        <source>In the order of the registration numbers, one at a time. Keep paper in the printer; if a sheet fails, printing pauses and that sheet is printed again when you resume.</source>
        <translation>In the order of the registration numbers, one at a time. Keep paper in the printer; if a sheet fails, printing pauses and that sheet is printed again when you resume.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop after this sheet</source>
        <translation>Stop after this sheet</translation>
    </message>
    <message>
        <source>Close (printing goes on)</source>
        <translation>Close (printing goes on)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Paused after %1 of %2 sheets.</source>
        <translation>Paused after %1 of %2 sheets.</translation>
    </message>
    <message>
        <source>Printing sheet %1 of %2…</source>
        <translation>Printing sheet %1 of %2…</translation>
    </message>
    <message>
        <source>%1 of %2 sheets printed.</source>
        <translation>%1 of %2 sheets printed.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) could not be made (a form too full for the page): tell the exam office.</source>
        <translation>
            <numerusform>%n sheet could not be made (a form too full for the page): tell the exam office.</numerusform>
            <numerusform>%n sheets could not be made (a form too full for the page): tell the exam office.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Go on with another printer…</source>
        <translation>Go on with another printer…</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::CardReviewScreen</name>
    <message>
        <source>ID card read: check it with the candidate</source>
        <translation>ID card read: check it with the candidate</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Save record</translation>
    </message>
    <message>
        <source>Enter by hand instead</source>
        <translation>Enter by hand instead</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>The photo could not be decoded.</source>
        <translation>The photo could not be decoded.</translation>
    </message>
    <message>
        <source>Photo decoder not installed</source>
        <translation>Photo decoder not installed</translation>
    </message>
    <message>
        <source>%1 to no end date</source>
        <translation>%1 to no end date</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Newer address</source>
        <translation>Newer address</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>Pass number</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>This card failed a check that blocks saving. Enter the document by hand and ask the supervisor.</source>
        <translation>This card failed a check that blocks saving. Enter the document by hand and ask the supervisor.</translation>
    </message>
    <message>
        <source>This candidate is registered here already: %1, record %2, %3. Do not register again; if something is wrong, ask the supervisor.</source>
        <translation>This candidate is registered here already: %1, record %2, %3. Do not register again; if something is wrong, ask the supervisor.</translation>
    </message>
    <message>
        <source>Continue this registration</source>
        <translation>Continue this registration</translation>
    </message>
    <message>
        <source>This candidate was saved here on %1 (record %2) and is not complete: %3. Go on from there; nothing is registered twice.</source>
        <translation>This candidate was saved here on %1 (record %2) and is not complete: %3. Go on from there; nothing is registered twice.</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::CheckList</name>
    <message numerus="yes">
        <source>%n other check(s) passed.</source>
        <translation>
            <numerusform>%n other check passed.</numerusform>
            <numerusform>%n other checks passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DayEndDialog</name>
    <message>
        <source>Day-end review</source>
        <translation>Day-end review</translation>
    </message>
    <message>
        <source>Day-end review: the day&apos;s records before they are sent</source>
        <translation>Day-end review: the day&apos;s records before they are sent</translation>
    </message>
    <message>
        <source>Approve or reject each record. A rejection needs its reason; it goes to the province with the record.</source>
        <translation>Approve or reject each record. A rejection needs its reason; it goes to the province with the record.</translation>
    </message>
    <message>
        <source>%1, enter your password again to approve or reject records.</source>
        <translation>%1, enter your password again to approve or reject records.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Approve all shown</source>
        <translation>Approve all shown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>Reject the record</translation>
    </message>
    <message>
        <source>Why is it rejected? The reason goes to the province with the record.</source>
        <translation>Why is it rejected? The reason goes to the province with the record.</translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Approve all</translation>
    </message>
    <message>
        <source>Approve every record in the list?</source>
        <translation>Approve every record in the list?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) approved.</source>
        <translation>
            <numerusform>%n record approved.</numerusform>
            <numerusform>%n records approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DayOpenScreen</name>
    <message>
        <source>Start of day</source>
        <translation>Start of day</translation>
    </message>
    <message>
        <source>The first sign-in today: the desk is checked before the first candidate.</source>
        <translation>The first sign-in today: the desk is checked before the first candidate.</translation>
    </message>
    <message>
        <source>Open the day anyway: a supervisor records why</source>
        <translation>Open the day anyway: a supervisor records why</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. reader sent for repair; IDs typed under approval</source>
        <translation>e.g. reader sent for repair; IDs typed under approval</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>Supervisor&apos;s user name</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>Supervisor&apos;s password</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Record the reason and open the day</source>
        <translation>Record the reason and open the day</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Open the day</translation>
    </message>
    <message>
        <source>Checking… the devices have a few seconds to answer.</source>
        <translation>Checking… the devices have a few seconds to answer.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what you can and check again; otherwise a supervisor opens the day and records why.</source>
        <translation>
            <numerusform>%n check failed. Fix what you can and check again; otherwise a supervisor opens the day and records why.</numerusform>
            <numerusform>%n checks failed. Fix what you can and check again; otherwise a supervisor opens the day and records why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n thing(s) to pass on to the technician.</source>
        <translation>
            <numerusform>Ready, with %n thing to pass on to the technician.</numerusform>
            <numerusform>Ready, with %n things to pass on to the technician.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Everything is ready.</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <source>Test page printed: its ruler should measure 100 mm.</source>
        <translation>Test page printed: its ruler should measure 100 mm.</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>The test page did not print: %1</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DeskSettingsPanel</name>
    <message>
        <source>Desk settings (take effect at once)</source>
        <translation>Desk settings (take effect at once)</translation>
    </message>
    <message>
        <source>Lock an idle desk after</source>
        <translation>Lock an idle desk after</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Failed photo attempts before a supervisor</source>
        <translation>Failed photo attempts before a supervisor</translation>
    </message>
    <message>
        <source>The camera takes the photo when the candidate is still</source>
        <translation>The camera takes the photo when the candidate is still</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::DeviceStrip</name>
    <message>
        <source> (simulated)</source>
        <translation> (simulated)</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::HomeScreen</name>
    <message>
        <source>registered today</source>
        <translation>registered today</translation>
    </message>
    <message>
        <source>not yet sent to the province</source>
        <translation>not yet sent to the province</translation>
    </message>
    <message>
        <source>New registration: enter ID document by hand</source>
        <translation>New registration: enter ID document by hand</translation>
    </message>
    <message>
        <source>For candidates whose ID card cannot be read, or who hold another document.</source>
        <translation>For candidates whose ID card cannot be read, or who hold another document.</translation>
    </message>
    <message>
        <source>Records at this point (newest first)</source>
        <translation>Records at this point (newest first)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Place the candidate&apos;s ID card on the reader: the record fills in by itself.</source>
        <translation>Place the candidate&apos;s ID card on the reader: the record fills in by itself.</translation>
    </message>
    <message>
        <source>Name, ID number or its last 4 digits, registration number</source>
        <translation>Name, ID number or its last 4 digits, registration number</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No record matches. Check the spelling, or place the candidate&apos;s ID card on the reader.</source>
        <translation>No record matches. Check the spelling, or place the candidate&apos;s ID card on the reader.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records found: type more to narrow them</source>
        <translation>
            <numerusform>The first %n record found: type more to narrow them</numerusform>
            <numerusform>The first %n records found: type more to narrow them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Registration sheets (after registration closes)</source>
        <translation>Registration sheets (after registration closes)</translation>
    </message>
    <message numerus="yes">
        <source>Day-end review: %n to decide</source>
        <translation>
            <numerusform>Day-end review: %n to decide</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No record at this point yet. Place the first candidate&apos;s ID card on the reader, or press &quot;New registration&quot; for a document entered by hand.</source>
        <translation>No record at this point yet. Place the first candidate&apos;s ID card on the reader, or press &quot;New registration&quot; for a document entered by hand.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::KioskAssembly</name>
    <message>
        <source>A card was read while a form is open. Save or cancel the form, then lift and place the card again.</source>
        <translation>A card was read while a form is open. Save or cancel the form, then lift and place the card again.</translation>
    </message>
    <message>
        <source>Keep the card still: reading it again…</source>
        <translation>Keep the card still: reading it again…</translation>
    </message>
    <message>
        <source>Looking for the ID card reader…</source>
        <translation>Looking for the ID card reader…</translation>
    </message>
    <message>
        <source>No ID card reader found. Plug it in and restart, or enter documents by hand.</source>
        <translation>No ID card reader found. Plug it in and restart, or enter documents by hand.</translation>
    </message>
    <message>
        <source>No camera found. Plug it in, or import the candidates&apos; photo files.</source>
        <translation>No camera found. Plug it in, or import the candidates&apos; photo files.</translation>
    </message>
    <message>
        <source>Simulated devices: F8 places a demo card, F9 takes it off; F10 shows what the printer printed, F11 takes its paper out or puts it back.</source>
        <translation>Simulated devices: F8 places a demo card, F9 takes it off; F10 shows what the printer printed, F11 takes its paper out or puts it back.</translation>
    </message>
    <message>
        <source>Close the open window first, then place the card again.</source>
        <translation>Close the open window first, then place the card again.</translation>
    </message>
    <message>
        <source>Simulated printer %1: out of paper (F11 loads paper).</source>
        <translation>Simulated printer %1: out of paper (F11 loads paper).</translation>
    </message>
    <message>
        <source>Simulated printer %1: paper loaded.</source>
        <translation>Simulated printer %1: paper loaded.</translation>
    </message>
    <message>
        <source>A card was read while this candidate is not finished. Finish first, then lift and place the next card again.</source>
        <translation>A card was read while this candidate is not finished. Finish first, then lift and place the next card again.</translation>
    </message>
    <message>
        <source>A card was read before the day was opened. Open the day first, then lift and place the card again.</source>
        <translation>A card was read before the day was opened. Open the day first, then lift and place the card again.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::LeaveQuestion</name>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>Lock, keep it</source>
        <translation>Lock, keep it</translation>
    </message>
    <message>
        <source>Log out, discard it</source>
        <translation>Log out, discard it</translation>
    </message>
    <message>
        <source>A candidate&apos;s registration is open. Log out now and what is on this screen is lost (anything already saved stays); lock the desk instead and it waits for you.</source>
        <translation>A candidate&apos;s registration is open. Log out now and what is on this screen is lost (anything already saved stays); lock the desk instead and it waits for you.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::LockScreen</name>
    <message>
        <source>Desk locked</source>
        <translation>Desk locked</translation>
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
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Nothing was lost: the work in progress is kept underneath. %1 or a supervisor can unlock the desk.</source>
        <translation>Nothing was lost: the work in progress is kept underneath. %1 or a supervisor can unlock the desk.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::LoginScreen</name>
    <message>
        <source>RegPoint registration workstation</source>
        <translation>RegPoint registration workstation</translation>
    </message>
    <message>
        <source>Hunan gaokao registration point</source>
        <translation>Hunan gaokao registration point</translation>
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
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::MainWindow</name>
    <message>
        <source>RegPoint · gaokao registration</source>
        <translation>RegPoint · gaokao registration</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>RegPoint registration workstation</source>
        <translation>RegPoint registration workstation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::ManualEntryScreen</name>
    <message>
        <source>New registration: ID document entered by hand</source>
        <translation>New registration: ID document entered by hand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number (18 characters)</source>
        <translation>ID number (18 characters)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Save record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard what was typed for this candidate?</source>
        <translation>Discard what was typed for this candidate?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>%1 of 18 characters</translation>
    </message>
    <message>
        <source>Valid: %1, born %2</source>
        <translation>Valid: %1, born %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention. Nothing was saved; what you typed is kept.</source>
        <translation>
            <numerusform>%n field needs attention. Nothing was saved; what you typed is kept.</numerusform>
            <numerusform>%n fields need attention. Nothing was saved; what you typed is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval: a typed ID document is an exception</source>
        <translation>Supervisor&apos;s approval: a typed ID document is an exception</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>Supervisor&apos;s user name</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>Supervisor&apos;s password</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Registered here already: record %1, %2. Open it rather than register again.</source>
        <translation>Registered here already: record %1, %2. Open it rather than register again.</translation>
    </message>
    <message>
        <source>Correct the typed details, then review them again</source>
        <translation>Correct the typed details, then review them again</translation>
    </message>
    <message>
        <source>Drop the correction? The record stays as it was and the preview opens again.</source>
        <translation>Drop the correction? The record stays as it was and the preview opens again.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PhotoOverridePanel</name>
    <message>
        <source>Supervisor: accept this photo although it fails a check. Sign in and write why.</source>
        <translation>Supervisor: accept this photo although it fails a check. Sign in and write why.</translation>
    </message>
    <message>
        <source>Supervisor username</source>
        <translation>Supervisor username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Reason (for example: a medical condition keeps one eye closed)</source>
        <translation>Reason (for example: a medical condition keeps one eye closed)</translation>
    </message>
    <message>
        <source>Accept photo</source>
        <translation>Accept photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PhotoScreen</name>
    <message>
        <source>Auto capture when still</source>
        <translation>Auto capture when still</translation>
    </message>
    <message>
        <source>ID card photo</source>
        <translation>ID card photo</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>New photo</translation>
    </message>
    <message>
        <source>Photo later</source>
        <translation>Photo later</translation>
    </message>
    <message>
        <source>Import photo file…</source>
        <translation>Import photo file…</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Supervisor override…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Photo: %1   %2</source>
        <translation>Photo: %1   %2</translation>
    </message>
    <message>
        <source>No card photo to compare</source>
        <translation>No card photo to compare</translation>
    </message>
    <message>
        <source>The new photo appears here.</source>
        <translation>The new photo appears here.</translation>
    </message>
    <message>
        <source>No camera picture. Import the candidate&apos;s photo file, or choose &quot;Photo later&quot;.</source>
        <translation>No camera picture. Import the candidate&apos;s photo file, or choose &quot;Photo later&quot;.</translation>
    </message>
    <message>
        <source>Ready: hold still.</source>
        <translation>Ready: hold still.</translation>
    </message>
    <message>
        <source>Candidate&apos;s photo file</source>
        <translation>Candidate&apos;s photo file</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>No photo could be made from this.</source>
        <translation>No photo could be made from this.</translation>
    </message>
    <message>
        <source>The photo meets the rules. Compare it with the ID card photo, then use it.</source>
        <translation>The photo meets the rules. Compare it with the ID card photo, then use it.</translation>
    </message>
    <message>
        <source>The file is too large to be a photo. Choose the candidate&apos;s photo file.</source>
        <translation>The file is too large to be a photo. Choose the candidate&apos;s photo file.</translation>
    </message>
    <message>
        <source>Take another</source>
        <translation>Take another</translation>
    </message>
    <message>
        <source>Photo taken: check it on the right, then use it or take another.</source>
        <translation>Photo taken: check it on the right, then use it or take another.</translation>
    </message>
    <message>
        <source>The photo can be used, but look at the points marked ! first. Compare it with the ID card photo, then use it or take another.</source>
        <translation>The photo can be used, but look at the points marked ! first. Compare it with the ID card photo, then use it or take another.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PreviewScreen</name>
    <message>
        <source>The candidate checks everything before it is saved</source>
        <translation>The candidate checks everything before it is saved</translation>
    </message>
    <message>
        <source>Photo on the ID card</source>
        <translation>Photo on the ID card</translation>
    </message>
    <message>
        <source>Photo taken now</source>
        <translation>Photo taken now</translation>
    </message>
    <message>
        <source>Next: once saved, the record is sealed for the province and the slip with the registration number prints. The candidate completes the rest online with that number.</source>
        <translation>Next: once saved, the record is sealed for the province and the slip with the registration number prints. The candidate completes the rest online with that number.</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>Take the photo again</translation>
    </message>
    <message>
        <source>Change the review</source>
        <translation>Change the review</translation>
    </message>
    <message>
        <source>All correct: save</source>
        <translation>All correct: save</translation>
    </message>
    <message>
        <source>The card&apos;s photo is not shown here (no decoder, or read earlier).</source>
        <translation>The card&apos;s photo is not shown here (no decoder, or read earlier).</translation>
    </message>
    <message>
        <source>Typed document: no card photo.</source>
        <translation>Typed document: no card photo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>read from the ID card</source>
        <translation>read from the ID card</translation>
    </message>
    <message>
        <source>typed by hand, approved</source>
        <translation>typed by hand, approved</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>The photo fails a check and was accepted by a supervisor: %1</source>
        <translation>The photo fails a check and was accepted by a supervisor: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Correct the typed details</source>
        <translation>Correct the typed details</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::PrinterChoiceDialog</name>
    <message>
        <source>Choose another printer</source>
        <translation>Choose another printer</translation>
    </message>
    <message>
        <source>Print on another printer</source>
        <translation>Print on another printer</translation>
    </message>
    <message>
        <source>Looking for the printers of this point…</source>
        <translation>Looking for the printers of this point…</translation>
    </message>
    <message>
        <source>Print here</source>
        <translation>Print here</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopped: it prints nothing until a supervisor restarts it.</source>
        <translation>Stopped: it prints nothing until a supervisor restarts it.</translation>
    </message>
    <message>
        <source>Takes no new jobs.</source>
        <translation>Takes no new jobs.</translation>
    </message>
    <message>
        <source>Printing; a sheet waits its turn.</source>
        <translation>Printing; a sheet waits its turn.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>description (queue)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — in use at this desk</source>
        <comment>printer</comment>
        <translation>%1 — in use at this desk</translation>
    </message>
    <message>
        <source>Choose a printer that is ready. The sheet prints there now, and so does everything this desk prints until the kiosk restarts.</source>
        <translation>Choose a printer that is ready. The sheet prints there now, and so does everything this desk prints until the kiosk restarts.</translation>
    </message>
    <message>
        <source>This point has no other printer ready. Save the sheet to a USB drive and print it elsewhere.</source>
        <translation>This point has no other printer ready. Save the sheet to a USB drive and print it elsewhere.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::ProvisioningScreen</name>
    <message>
        <source>Provision this point: step 1 of 2</source>
        <translation>Provision this point: step 1 of 2</translation>
    </message>
    <message>
        <source>Insert the drive the provincial office prepared for this point. Its folder &quot;regpoint&quot; holds the province&apos;s key and certificate authority (province.pem, ca.pem). This point&apos;s key is made here and never leaves it; its request for a certificate goes back onto the drive.</source>
        <translation>Insert the drive the provincial office prepared for this point. Its folder &quot;regpoint&quot; holds the province&apos;s key and certificate authority (province.pem, ca.pem). This point&apos;s key is made here and never leaves it; its request for a certificate goes back onto the drive.</translation>
    </message>
    <message>
        <source>Provision this point: step 2 of 2</source>
        <translation>Provision this point: step 2 of 2</translation>
    </message>
    <message>
        <source>The provincial office issues this point&apos;s certificate from its request. Insert the drive with the certificate.</source>
        <translation>The provincial office issues this point&apos;s certificate from its request. Insert the drive with the certificate.</translation>
    </message>
    <message>
        <source>This point is provisioned</source>
        <translation>This point is provisioned</translation>
    </message>
    <message>
        <source>Point code (county code, dash, number, as in the province&apos;s letter)</source>
        <translation>Point code (county code, dash, number, as in the province&apos;s letter)</translation>
    </message>
    <message>
        <source>e.g. 430102-01</source>
        <translation>e.g. 430102-01</translation>
    </message>
    <message>
        <source>USB drive (where it is mounted)</source>
        <translation>USB drive (where it is mounted)</translation>
    </message>
    <message>
        <source>No drive found: insert it, then tap Look again</source>
        <translation>No drive found: insert it, then tap Look again</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Read the province&apos;s files</source>
        <translation>Read the province&apos;s files</translation>
    </message>
    <message>
        <source>The fingerprint matches: make this point&apos;s key</source>
        <translation>The fingerprint matches: make this point&apos;s key</translation>
    </message>
    <message>
        <source>Point %1 has its key. Its request is %2: take it to the provincial office, which returns the certificate as regpoint/%3 on the drive.</source>
        <translation>Point %1 has its key. Its request is %2: take it to the provincial office, which returns the certificate as regpoint/%3 on the drive.</translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation>Install the certificate</translation>
    </message>
    <message>
        <source>Write the request again</source>
        <translation>Write the request again</translation>
    </message>
    <message>
        <source>Point %1 is provisioned until %2: records are sealed and signed for the province. Records sealed now that had waited: %3.</source>
        <translation>Point %1 is provisioned until %2: records are sealed and signed for the province. Records sealed now that had waited: %3.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Until the point is provisioned, records are kept here unsealed and cannot be sent. A supervisor continues from Administration, This point.</source>
        <translation>Until the point is provisioned, records are kept here unsealed and cannot be sent. A supervisor continues from Administration, This point.</translation>
    </message>
    <message>
        <source>Type the point code as the province&apos;s letter gives it: 6 digits, a dash and 2 to 4 digits, e.g. 430102-01.</source>
        <translation>Type the point code as the province&apos;s letter gives it: 6 digits, a dash and 2 to 4 digits, e.g. 430102-01.</translation>
    </message>
    <message>
        <source>The request is on the drive: %1.</source>
        <translation>The request is on the drive: %1.</translation>
    </message>
    <message>
        <source>Province&apos;s certificate authority: %1
Fingerprint:
%2
Compare the fingerprint with the one in the provincial office&apos;s letter. Go on only if every group is the same.</source>
        <translation>Province&apos;s certificate authority: %1
Fingerprint:
%2
Compare the fingerprint with the one in the provincial office&apos;s letter. Go on only if every group is the same.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::RecordDialog</name>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Eligibility review: eligible</source>
        <translation>Eligibility review: eligible</translation>
    </message>
    <message>
        <source>Eligibility review: refused</source>
        <translation>Eligibility review: refused</translation>
    </message>
    <message>
        <source>Photo accepted by a supervisor despite a failed check</source>
        <translation>Photo accepted by a supervisor despite a failed check</translation>
    </message>
    <message>
        <source>Capture slip printed</source>
        <translation>Capture slip printed</translation>
    </message>
    <message>
        <source>Capture slip did not print (%1)</source>
        <translation>Capture slip did not print (%1)</translation>
    </message>
    <message>
        <source>Registration sheet printed</source>
        <translation>Registration sheet printed</translation>
    </message>
    <message>
        <source>Registration sheet saved to a USB drive</source>
        <translation>Registration sheet saved to a USB drive</translation>
    </message>
    <message>
        <source>Registration sheet sent to the printer</source>
        <translation>Registration sheet sent to the printer</translation>
    </message>
    <message>
        <source>Registration sheet did not print (%1)</source>
        <translation>Registration sheet did not print (%1)</translation>
    </message>
    <message>
        <source>Registration sheet signed by the candidate</source>
        <translation>Registration sheet signed by the candidate</translation>
    </message>
    <message>
        <source>Registration sheet sent back for correction</source>
        <translation>Registration sheet sent back for correction</translation>
    </message>
    <message>
        <source>Working copy removed after the province&apos;s final answer</source>
        <translation>Working copy removed after the province&apos;s final answer</translation>
    </message>
    <message>
        <source>Next: the eligibility review, then the photo.</source>
        <translation>Next: the eligibility review, then the photo.</translation>
    </message>
    <message>
        <source>Eligible. Next: the photo.</source>
        <translation>Eligible. Next: the photo.</translation>
    </message>
    <message>
        <source>Refused at the review. When the candidate brings what was missing, review again.</source>
        <translation>Refused at the review. When the candidate brings what was missing, review again.</translation>
    </message>
    <message>
        <source>Registered. The record goes to the province with the next sync; nothing is left to do at the desk.</source>
        <translation>Registered. The record goes to the province with the next sync; nothing is left to do at the desk.</translation>
    </message>
    <message>
        <source>Registered and accepted by the province. The candidate fills in the rest online.</source>
        <translation>Registered and accepted by the province. The candidate fills in the rest online.</translation>
    </message>
    <message>
        <source>The province did not take this record as it is. Ask the supervisor before anything else.</source>
        <translation>The province did not take this record as it is. Ask the supervisor before anything else.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Review again</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Print slip again</source>
        <translation>Print slip again</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>not given yet: it comes with the photo, or with the next sync</source>
        <translation>not given yet: it comes with the photo, or with the next sync</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation>the printer reported an error</translation>
    </message>
    <message>
        <source>the printer did not answer</source>
        <translation>the printer did not answer</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>To go on with it, discard what is open, check the candidate&apos;s document against this record and open it from the list.</source>
        <translation>To go on with it, discard what is open, check the candidate&apos;s document against this record and open it from the list.</translation>
    </message>
    <message>
        <source>Typed details corrected before sealing: a new version, reviewed again</source>
        <translation>Typed details corrected before sealing: a new version, reviewed again</translation>
    </message>
    <message>
        <source>Accepted by the province without its registration number: the candidate cannot register online with it until the technician and the exam office have sorted the number out.</source>
        <translation>Accepted by the province without its registration number: the candidate cannot register online with it until the technician and the exam office have sorted the number out.</translation>
    </message>
    <message>
        <source>The province holds this record, but not its registration number %1: another record came with the same number first. The candidate cannot register online with this slip. Keep the candidate&apos;s slip and call the technician.</source>
        <translation>The province holds this record, but not its registration number %1: another record came with the same number first. The candidate cannot register online with this slip. Keep the candidate&apos;s slip and call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::ReviewScreen</name>
    <message>
        <source>Candidate category</source>
        <translation>Candidate category</translation>
    </message>
    <message>
        <source>Documents seen (tick each one)</source>
        <translation>Documents seen (tick each one)</translation>
    </message>
    <message>
        <source>Record as not eligible</source>
        <translation>Record as not eligible</translation>
    </message>
    <message>
        <source>Review later</source>
        <translation>Review later</translation>
    </message>
    <message>
        <source>Eligible: take the photo</source>
        <translation>Eligible: take the photo</translation>
    </message>
    <message>
        <source>Found not eligible here on %1: %2. Review again with what the candidate brought.</source>
        <translation>Found not eligible here on %1: %2. Review again with what the candidate brought.</translation>
    </message>
    <message>
        <source>%1    %2    record %3, saved %4</source>
        <translation>%1    %2    record %3, saved %4</translation>
    </message>
    <message>
        <source>Eligibility review with the candidate</source>
        <translation>Eligibility review with the candidate</translation>
    </message>
    <message>
        <source>The candidate confirms each statement</source>
        <translation>The candidate confirms each statement</translation>
    </message>
    <message>
        <source>Details (needed for &quot;another reason&quot;)</source>
        <translation>Details (needed for &quot;another reason&quot;)</translation>
    </message>
    <message>
        <source>Not eligible because…</source>
        <translation>Not eligible because…</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SavedScreen</name>
    <message>
        <source>✓ Record saved</source>
        <translation>✓ Record saved</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Next candidate</translation>
    </message>
    <message>
        <source>%1   %2
Record %3, saved at %4</source>
        <translation>%1   %2
Record %3, saved at %4</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start screen in %n second(s).</source>
        <translation>
            <numerusform>Back to the start screen in %n second.</numerusform>
            <numerusform>Back to the start screen in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record waits in this point&apos;s queue. Its review, photo and the printed sheet follow.</source>
        <translation>The record waits in this point&apos;s queue. Its review, photo and the printed sheet follow.</translation>
    </message>
    <message>
        <source>Registration number  %1</source>
        <translation>Registration number  %1</translation>
    </message>
    <message>
        <source>No registration number left at this point: the record is kept and gets its number at the next sync. Connect the network and press Sync now.</source>
        <translation>No registration number left at this point: the record is kept and gets its number at the next sync. Connect the network and press Sync now.</translation>
    </message>
    <message>
        <source>Print the slip again</source>
        <translation>Print the slip again</translation>
    </message>
    <message>
        <source>The candidate continues online with this number. The record and its photo wait in this point&apos;s queue.</source>
        <translation>The candidate continues online with this number. The record and its photo wait in this point&apos;s queue.</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SetupScreen</name>
    <message>
        <source>First start: create the supervisor account</source>
        <translation>First start: create the supervisor account</translation>
    </message>
    <message>
        <source>This workstation has no operators yet. The supervisor opens and closes the day, approves exceptions and creates the clerks&apos; accounts.</source>
        <translation>This workstation has no operators yet. The supervisor opens and closes the day, approves exceptions and creates the clerks&apos; accounts.</translation>
    </message>
    <message>
        <source>User name (for logging in)</source>
        <translation>User name (for logging in)</translation>
    </message>
    <message>
        <source>Full name (printed on sheets)</source>
        <translation>Full name (printed on sheets)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>e.g. wang.li</source>
        <translation>e.g. wang.li</translation>
    </message>
    <message>
        <source>Create supervisor</source>
        <translation>Create supervisor</translation>
    </message>
    <message>
        <source>Password (%1 to %2 characters; mix letters, digits or symbols)</source>
        <translation>Password (%1 to %2 characters; mix letters, digits or symbols)</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SheetsScreen</name>
    <message>
        <source>Registration sheets: print, check, sign</source>
        <translation>Registration sheets: print, check, sign</translation>
    </message>
    <message>
        <source>Place the candidate&apos;s ID card on the reader, or type the registration number from their slip.</source>
        <translation>Place the candidate&apos;s ID card on the reader, or type the registration number from their slip.</translation>
    </message>
    <message>
        <source>Registration number (报名流水号)</source>
        <translation>Registration number (报名流水号)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Print all sheets…</source>
        <translation>Print all sheets…</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>Print the sheet</translation>
    </message>
    <message>
        <source>Reprint: no page came out / jammed</source>
        <translation>Reprint: no page came out / jammed</translation>
    </message>
    <message>
        <source>Reprint: the candidate&apos;s copy is damaged</source>
        <translation>Reprint: the candidate&apos;s copy is damaged</translation>
    </message>
    <message>
        <source>Reprint: the copy was lost</source>
        <translation>Reprint: the copy was lost</translation>
    </message>
    <message>
        <source>✓ The candidate checked and signed the sheet</source>
        <translation>✓ The candidate checked and signed the sheet</translation>
    </message>
    <message>
        <source>What is wrong on the sheet, in the candidate&apos;s words</source>
        <translation>What is wrong on the sheet, in the candidate&apos;s words</translation>
    </message>
    <message>
        <source>Request a correction</source>
        <translation>Request a correction</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Next candidate</translation>
    </message>
    <message>
        <source>Forms received: %1 · sheets printed: %2 · signed: %3 · corrections asked: %4</source>
        <translation>Forms received: %1 · sheets printed: %2 · signed: %3 · corrections asked: %4</translation>
    </message>
    <message>
        <source>%1   %2
Registration number %3</source>
        <translation>%1   %2
Registration number %3</translation>
    </message>
    <message>
        <source>The province has not sent this candidate&apos;s form yet. Press Sync now on the start screen; the forms come after registration closes.</source>
        <translation>The province has not sent this candidate&apos;s form yet. Press Sync now on the start screen; the forms come after registration closes.</translation>
    </message>
    <message>
        <source>Signed on %1. Print again only if the candidate needs another copy.</source>
        <translation>Signed on %1. Print again only if the candidate needs another copy.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s). Let the candidate check every line, then record what they say.</source>
        <translation>
            <numerusform>Printed %n time. Let the candidate check every line, then record what they say.</numerusform>
            <numerusform>Printed %n times. Let the candidate check every line, then record what they say.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Not printed yet.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>No form yet</source>
        <translation>No form yet</translation>
    </message>
    <message>
        <source>Type the registration number from the candidate&apos;s slip, or read their ID card.</source>
        <translation>Type the registration number from the candidate&apos;s slip, or read their ID card.</translation>
    </message>
    <message>
        <source>Signed: recorded, and it goes to the province with the next sync. Next candidate, please.</source>
        <translation>Signed: recorded, and it goes to the province with the next sync. Next candidate, please.</translation>
    </message>
    <message>
        <source>The correction request is recorded and goes to the province with the next sync. Keep the unsigned sheet; the candidate signs the corrected one.</source>
        <translation>The correction request is recorded and goes to the province with the next sync. Keep the unsigned sheet; the candidate signs the corrected one.</translation>
    </message>
    <message>
        <source>Save the sheet to a USB drive, to print elsewhere</source>
        <translation>Save the sheet to a USB drive, to print elsewhere</translation>
    </message>
    <message>
        <source>Choose the USB drive</source>
        <translation>Choose the USB drive</translation>
    </message>
    <message>
        <source>Saved as %1. Print it on another printer now, then delete the file: it holds the candidate&apos;s data.</source>
        <translation>Saved as %1. Print it on another printer now, then delete the file: it holds the candidate&apos;s data.</translation>
    </message>
    <message>
        <source>Why print again? Choose…</source>
        <translation>Why print again? Choose…</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <source>Batch paused at %1 of %2</source>
        <translation>Batch paused at %1 of %2</translation>
    </message>
    <message>
        <source>Batch printing %1 of %2</source>
        <translation>Batch printing %1 of %2</translation>
    </message>
    <message>
        <source>Correction asked on %1; it goes to the province with the next sync.</source>
        <translation>Correction asked on %1; it goes to the province with the next sync.</translation>
    </message>
    <message>
        <source>Choose why the sheet is printed again: every copy is on record with its reason.</source>
        <translation>Choose why the sheet is printed again: every copy is on record with its reason.</translation>
    </message>
    <message>
        <source>That folder is on this computer&apos;s own disk. Put in a USB drive and choose the drive itself.</source>
        <translation>That folder is on this computer&apos;s own disk. Put in a USB drive and choose the drive itself.</translation>
    </message>
    <message>
        <source>Print on another printer…</source>
        <translation>Print on another printer…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) from the province could not be taken here: tell the exam office.</source>
        <translation>
            <numerusform>%n form(s) from the province could not be taken here: tell the exam office.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SimulatedPrintsDialog</name>
    <message>
        <source>Simulated printer: what it printed</source>
        <translation>Simulated printer: what it printed</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>Nothing printed yet.</translation>
    </message>
    <message>
        <source>The page cannot be shown: pdftoppm (poppler-utils) is missing or failed.</source>
        <translation>The page cannot be shown: pdftoppm (poppler-utils) is missing or failed.</translation>
    </message>
    <message>
        <source>%1, job %2: %3</source>
        <translation>%1, job %2: %3</translation>
    </message>
</context>
<context>
    <name>RegPoint::App::SyncStrip</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Every record has reached the province (last checked %1).</source>
        <translation>Every record has reached the province (last checked %1).</translation>
    </message>
    <message>
        <source>Every record has reached the province.</source>
        <translation>Every record has reached the province.</translation>
    </message>
    <message>
        <source>Sending to the province: %1 of %2 record(s).</source>
        <translation>Sending to the province: %1 of %2 record(s).</translation>
    </message>
    <message numerus="yes">
        <source>The province&apos;s server cannot be reached right now. Nothing is lost: %n record(s) wait here and are sent by themselves; next try %1.</source>
        <translation>
            <numerusform>The province&apos;s server cannot be reached right now. Nothing is lost: %n record(s) wait here and are sent by themselves; next try %1.</numerusform>
            <numerusform>The province&apos;s server cannot be reached right now. Nothing is lost: %n record(s) wait here and are sent by themselves; next try %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending has stopped. Call the technician.</source>
        <translation>Sending has stopped. Call the technician.</translation>
    </message>
    <message>
        <source>%1 / %2 KB</source>
        <translation>%1 / %2 KB</translation>
    </message>
    <message>
        <source>Sending to the province is not set up: records are kept safely here. Export them to a USB drive at day end, or ask the technician to set up the server.</source>
        <translation>Sending to the province is not set up: records are kept safely here. Export them to a USB drive at day end, or ask the technician to set up the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed record(s) waiting to be sent; next sending %1.</source>
        <translation>
            <numerusform>%n sealed record(s) waiting to be sent; next sending %1.</numerusform>
            <numerusform>%n sealed record(s) waiting to be sent; next sending %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Audit</name>
    <message numerus="yes">
        <source>Audit chain intact: %n event(s)</source>
        <translation>
            <numerusform>Audit chain intact: %n event</numerusform>
            <numerusform>Audit chain intact: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n signed day head(s).</source>
        <translation>
            <numerusform>, %n signed day head.</numerusform>
            <numerusform>, %n signed day heads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain BROKEN at event %1: %2. Keep this disk as it is and call the provincial office.</source>
        <translation>Audit chain BROKEN at event %1: %2. Keep this disk as it is and call the provincial office.</translation>
    </message>
    <message>
        <source>This point is not provisioned, so it cannot sign. Run regpointctl provision first.</source>
        <translation>This point is not provisioned, so it cannot sign. Run regpointctl provision first.</translation>
    </message>
    <message>
        <source>Audit head of %1 signed.</source>
        <translation>Audit head of %1 signed.</translation>
    </message>
    <message>
        <source>Name the folder to export to: audit export DIR</source>
        <translation>Name the folder to export to: audit export DIR</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>Cannot read the CA certificate %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1, signed.</source>
        <translation>
            <numerusform>%n event exported to %1, signed.</numerusform>
            <numerusform>%n events exported to %1, signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Day</name>
    <message numerus="yes">
        <source>%n day(s) opened.</source>
        <translation>
            <numerusform>%n day opened.</numerusform>
            <numerusform>%n days opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1; accepted by %2: %3</source>
        <translation>failed: %1; accepted by %2: %3</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>every check passed</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::DayEnd</name>
    <message numerus="yes">
        <source>%n record(s) wait for the supervisor&apos;s decision.</source>
        <translation>
            <numerusform>%n record waits for the supervisor&apos;s decision.</numerusform>
            <numerusform>%n records wait for the supervisor&apos;s decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Give --supervisor NAME and --approve-all, --approve ID or --reject ID --reason TEXT.</source>
        <translation>Give --supervisor NAME and --approve-all, --approve ID or --reject ID --reason TEXT.</translation>
    </message>
    <message>
        <source>A rejection needs its reason: add --reason &quot;why&quot;.</source>
        <translation>A rejection needs its reason: add --reason &quot;why&quot;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>No terminal to ask for the password: pass it on standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>No pending record %1 (or two share that short id): give the full id from `regpointctl day-end list`.</source>
        <translation>No pending record %1 (or two share that short id): give the full id from `regpointctl day-end list`.</translation>
    </message>
    <message>
        <source>Approved %1, rejected %2. They go to the province with the next sync or USB export.</source>
        <translation>Approved %1, rejected %2. They go to the province with the next sync or USB export.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Demo</name>
    <message>
        <source>--records takes 1 to 100000 and --seed a non-negative number.</source>
        <translation>--records takes 1 to 100000 and --seed a non-negative number.</translation>
    </message>
    <message>
        <source>%1 of %2 records…</source>
        <translation>%1 of %2 records…</translation>
    </message>
    <message>
        <source>%1 records registered and sealed in %2 s in %3 (operators demo.clerk / demo-clerk-2026 and demo.supervisor / demo-supervisor-2026).</source>
        <translation>%1 records registered and sealed in %2 s in %3 (operators demo.clerk / demo-clerk-2026 and demo.supervisor / demo-supervisor-2026).</translation>
    </message>
    <message>
        <source>No record was registered: all %1 candidates of seed %2 are in this store already. Use another --seed.</source>
        <translation>No record was registered: all %1 candidates of seed %2 are in this store already. Use another --seed.</translation>
    </message>
    <message>
        <source>%1 holds a registration point&apos;s own data (it is not a demo store). A demo day would add synthetic candidates and a demo supervisor to it, so nothing was done. Use an empty folder: --data-dir /tmp/regpoint-demo.</source>
        <translation>%1 holds a registration point&apos;s own data (it is not a demo store). A demo day would add synthetic candidates and a demo supervisor to it, so nothing was done. Use an empty folder: --data-dir /tmp/regpoint-demo.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Operators</name>
    <message>
        <source>--role must be clerk, supervisor or admin.</source>
        <translation>--role must be clerk, supervisor or admin.</translation>
    </message>
    <message>
        <source>Give --username and --name.</source>
        <translation>Give --username and --name.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Password again: </translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>No terminal to ask for the password: pass it on standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>Created %1 %2 (%3).</source>
        <translation>Created %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Give --username (whose password) and --by (the supervisor or admin who resets it).</source>
        <translation>Give --username (whose password) and --by (the supervisor or admin who resets it).</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Password of %1 reset by %2; any lockout is lifted.</source>
        <translation>Password of %1 reset by %2; any lockout is lifted.</translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters; a line on standard input is longer.</source>
        <translation>
            <numerusform>A password can have at most %n characters; a line on standard input is longer.</numerusform>
            <numerusform>A password can have at most %n characters; a line on standard input is longer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password on standard input is not valid UTF-8 text. Check the encoding and try again.</source>
        <translation>A password on standard input is not valid UTF-8 text. Check the encoding and try again.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Photo</name>
    <message>
        <source>Name at least one photo file.</source>
        <translation>Name at least one photo file.</translation>
    </message>
    <message>
        <source>Name the photo to fix and the file to write: photo fix IN OUT</source>
        <translation>Name the photo to fix and the file to write: photo fix IN OUT</translation>
    </message>
    <message>
        <source>%1 is damaged or is no picture.</source>
        <translation>%1 is damaged or is no picture.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Wrote %1 (%2).</translation>
    </message>
    <message>
        <source>Not written: the photo cannot be made compliant.</source>
        <translation>Not written: the photo cannot be made compliant.</translation>
    </message>
    <message>
        <source>%1 is too large to be a photo (RegPoint reads at most %2 MB). Ask for the photo file again, exported at a smaller size.</source>
        <translation>%1 is too large to be a photo (RegPoint reads at most %2 MB). Ask for the photo file again, exported at a smaller size.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe). Name a new file to write the fixed photo to.</source>
        <translation>%1 is not a regular file (a folder, a device or a pipe). Name a new file to write the fixed photo to.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the folder and its free space, then run the fix again.</source>
        <translation>Cannot write %1: %2. Nothing was written; check the folder and its free space, then run the fix again.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Print</name>
    <message>
        <source>No printer queue is set up for this point: set [printer] queue=NAME in kiosk.ini (lpstat -e lists the queues).</source>
        <translation>No printer queue is set up for this point: set [printer] queue=NAME in kiosk.ini (lpstat -e lists the queues).</translation>
    </message>
    <message>
        <source>The printer queue %1 cannot be reached: %2</source>
        <translation>The printer queue %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>Job %1 completed: check that the page came out.</source>
        <translation>Job %1 completed: check that the page came out.</translation>
    </message>
    <message>
        <source>No record at this point has the registration number %1. Check the number (regpointctl records list shows the records).</source>
        <translation>No record at this point has the registration number %1. Check the number (regpointctl records list shows the records).</translation>
    </message>
    <message>
        <source>The record of number %1 is gone.</source>
        <translation>The record of number %1 is gone.</translation>
    </message>
    <message>
        <source>Give one registration number and --pdf FILE.</source>
        <translation>Give one registration number and --pdf FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Give one registration number.</source>
        <translation>Give one registration number.</translation>
    </message>
    <message>
        <source>This candidate&apos;s form does not fit on one page; nothing was written. Tell the exam office.</source>
        <translation>This candidate&apos;s form does not fit on one page; nothing was written. Tell the exam office.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Provision</name>
    <message>
        <source>Certificate installed: point %1 is provisioned until %2. Records are sealed from now on.</source>
        <translation>Certificate installed: point %1 is provisioned until %2. Records are sealed from now on.</translation>
    </message>
    <message>
        <source>Provisioned against the DEMO province (records open only with %1).</source>
        <translation>Provisioned against the DEMO province (records open only with %1).</translation>
    </message>
    <message>
        <source>Point %1: %2.</source>
        <translation>Point %1: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Give --point-code, --province-key FILE and --ca FILE (or --install-cert FILE).</source>
        <translation>Give --point-code, --province-key FILE and --ca FILE (or --install-cert FILE).</translation>
    </message>
    <message>
        <source>Machine key created. Send %1 to the provincial office, then install the certificate they return: regpointctl provision --install-cert FILE</source>
        <translation>Machine key created. Send %1 to the provincial office, then install the certificate they return: regpointctl provision --install-cert FILE</translation>
    </message>
    <message>
        <source>Give --point-code with --drive.</source>
        <translation>Give --point-code with --drive.</translation>
    </message>
    <message>
        <source>The province&apos;s CA on the drive is &quot;%1&quot;, fingerprint %2. Compare it with the provincial office&apos;s letter; if they are the same, run this again with --ca-fingerprint and the fingerprint from the letter.</source>
        <translation>The province&apos;s CA on the drive is &quot;%1&quot;, fingerprint %2. Compare it with the provincial office&apos;s letter; if they are the same, run this again with --ca-fingerprint and the fingerprint from the letter.</translation>
    </message>
    <message>
        <source>Machine key created. The request is %1: take the drive to the provincial office.</source>
        <translation>Machine key created. The request is %1: take the drive to the provincial office.</translation>
    </message>
    <message>
        <source>Certificate installed: point %1 is provisioned until %2; %3 waiting record(s) sealed.</source>
        <translation>Certificate installed: point %1 is provisioned until %2; %3 waiting record(s) sealed.</translation>
    </message>
    <message>
        <source>Point %1 is provisioned already.</source>
        <translation>Point %1 is provisioned already.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Reader</name>
    <message>
        <source>--timeout-ms takes a positive number.</source>
        <translation>--timeout-ms takes a positive number.</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>No serial ports found.</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 115200 or 9600.</source>
        <translation>--baud takes a rate such as 115200 or 9600.</translation>
    </message>
    <message>
        <source>No ID card reader found on any serial port. Plug it in, or name it with --port.</source>
        <translation>No ID card reader found on any serial port. Plug it in, or name it with --port.</translation>
    </message>
    <message>
        <source>No card was placed on the reader within %1 ms.</source>
        <translation>No card was placed on the reader within %1 ms.</translation>
    </message>
    <message>
        <source>Card read failed: %1</source>
        <translation>Card read failed: %1</translation>
    </message>
    <message>
        <source>Keep the card still; retrying…</source>
        <translation>Keep the card still; retrying…</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Records</name>
    <message>
        <source>DAMAGED: %1</source>
        <translation>DAMAGED: %1</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::SelfTest</name>
    <message>
        <source>No camera found. Plug it in; photos can be imported from files until then.</source>
        <translation>No camera found. Plug it in; photos can be imported from files until then.</translation>
    </message>
    <message>
        <source>Found: %1. Its pictures are checked when the day opens.</source>
        <translation>Found: %1. Its pictures are checked when the day opens.</translation>
    </message>
    <message>
        <source>The store has schema %1, this version %2: run regpointctl db migrate.</source>
        <translation>The store has schema %1, this version %2: run regpointctl db migrate.</translation>
    </message>
    <message>
        <source>Schema %1, as this version expects.</source>
        <translation>Schema %1, as this version expects.</translation>
    </message>
    <message>
        <source>No intake server is set: records go to the province on USB.</source>
        <translation>No intake server is set: records go to the province on USB.</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 answers.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Self-test passed.</translation>
    </message>
    <message>
        <source>Self-test FAILED: see the lines above.</source>
        <translation>Self-test FAILED: see the lines above.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Ctl::Sync</name>
    <message>
        <source>Province server: %1</source>
        <translation>Province server: %1</translation>
    </message>
    <message>
        <source>not set (kiosk.ini [sync] intake)</source>
        <translation>not set (kiosk.ini [sync] intake)</translation>
    </message>
    <message>
        <source>Not yet answered for: %1; answered but not final: %2; awaiting the supervisor&apos;s decision: %3</source>
        <translation>Not yet answered for: %1; answered but not final: %2; awaiting the supervisor&apos;s decision: %3</translation>
    </message>
    <message>
        <source>Oldest unsent record sealed at %1</source>
        <translation>Oldest unsent record sealed at %1</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation>Last attempt %1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>sent %1 of %2 records (%3 of %4 KiB)</source>
        <translation>sent %1 of %2 records (%3 of %4 KiB)</translation>
    </message>
    <message>
        <source>Announced %1 record(s), sent %2.</source>
        <translation>Announced %1 record(s), sent %2.</translation>
    </message>
    <message>
        <source>Name one folder to export to (the USB drive).</source>
        <translation>Name one folder to export to (the USB drive).</translation>
    </message>
    <message>
        <source>Wrote %1 record(s) to %2, read it back and verified it. The drive may be removed.</source>
        <translation>Wrote %1 record(s) to %2, read it back and verified it. The drive may be removed.</translation>
    </message>
    <message>
        <source>Name one batch file (.rpbatch) to verify.</source>
        <translation>Name one batch file (.rpbatch) to verify.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>Cannot read the CA certificate %1.</translation>
    </message>
    <message>
        <source>This point has no province CA; name one with --ca FILE.</source>
        <translation>This point has no province CA; name one with --ca FILE.</translation>
    </message>
    <message>
        <source>The batch file does not verify (%1): %2</source>
        <translation>The batch file does not verify (%1): %2</translation>
    </message>
    <message>
        <source>Batch of point %1 verified: %2 record(s), every envelope signed and intact.</source>
        <translation>Batch of point %1 verified: %2 record(s), every envelope signed and intact.</translation>
    </message>
    <message>
        <source>No province settings yet: they come with the first sync.</source>
        <translation>No province settings yet: they come with the first sync.</translation>
    </message>
    <message>
        <source>Province settings version %1; registration %2 to %3; %4 registration numbers left</source>
        <translation>Province settings version %1; registration %2 to %3; %4 registration numbers left</translation>
    </message>
    <message>
        <source>The province names another address code table than this kiosk&apos;s: addresses are checked against an outdated table. Ask the technician to update the kiosk.</source>
        <translation>The province names another address code table than this kiosk&apos;s: addresses are checked against an outdated table. Ask the technician to update the kiosk.</translation>
    </message>
    <message>
        <source>Registration forms received: %1; sheet confirmations sent: %2.</source>
        <translation>Registration forms received: %1; sheet confirmations sent: %2.</translation>
    </message>
    <message>
        <source>Forms and confirmations: %1</source>
        <translation>Forms and confirmations: %1</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::Camera</name>
    <message>
        <source>No camera found. Plug the camera in; RegPoint starts it as soon as it appears. Meanwhile, import photo files.</source>
        <translation>No camera found. Plug the camera in; RegPoint starts it as soon as it appears. Meanwhile, import photo files.</translation>
    </message>
    <message>
        <source>The camera reports a fault: %1. Unplug it and plug it in again.</source>
        <translation>The camera reports a fault: %1. Unplug it and plug it in again.</translation>
    </message>
    <message>
        <source>The camera was unplugged. Plug it in again.</source>
        <translation>The camera was unplugged. Plug it in again.</translation>
    </message>
    <message>
        <source>The simulated camera cannot play %1 (%2).</source>
        <translation>The simulated camera cannot play %1 (%2).</translation>
    </message>
    <message>
        <source>The simulated camera&apos;s video %1 does not exist.</source>
        <translation>The simulated camera&apos;s video %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::Device</name>
    <message>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::IdCardReader</name>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>ready: place the ID card</source>
        <translation>ready: place the ID card</translation>
    </message>
    <message>
        <source>reading: keep the card still</source>
        <translation>reading: keep the card still</translation>
    </message>
    <message>
        <source>card on the reader</source>
        <translation>card on the reader</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>The card could not be read. Lift it, place it flat in the middle of the reader and keep it still.</source>
        <translation>The card could not be read. Lift it, place it flat in the middle of the reader and keep it still.</translation>
    </message>
    <message>
        <source>This is not an ID card the reader knows (a bank or transit card?). Place the second-generation ID card.</source>
        <translation>This is not an ID card the reader knows (a bank or transit card?). Place the second-generation ID card.</translation>
    </message>
    <message>
        <source>The reader&apos;s answer was damaged. Lift the card and place it again; if it repeats, enter the document by hand.</source>
        <translation>The reader&apos;s answer was damaged. Lift the card and place it again; if it repeats, enter the document by hand.</translation>
    </message>
    <message>
        <source>The reader stopped answering during the read. Check its cable, then place the card again.</source>
        <translation>The reader stopped answering during the read. Check its cable, then place the card again.</translation>
    </message>
    <message>
        <source>No reader at %1. Check that it is plugged in; RegPoint keeps trying.</source>
        <translation>No reader at %1. Check that it is plugged in; RegPoint keeps trying.</translation>
    </message>
    <message>
        <source>The reader at %1 does not answer. Unplug it and plug it in again; meanwhile enter documents by hand.</source>
        <translation>The reader at %1 does not answer. Unplug it and plug it in again; meanwhile enter documents by hand.</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised (0x66). Call the technician: the reader needs its keys.</source>
        <translation>The reader&apos;s security module is not authorised (0x66). Call the technician: the reader needs its keys.</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test (0x60). Replace the reader; enter documents by hand meanwhile.</source>
        <translation>The reader&apos;s security module failed its self-test (0x60). Replace the reader; enter documents by hand meanwhile.</translation>
    </message>
    <message>
        <source>Place the ID card on the reader.</source>
        <translation>Place the ID card on the reader.</translation>
    </message>
    <message>
        <source>No USB ID card reader (%1). Check the cable; RegPoint keeps trying.</source>
        <translation>No USB ID card reader (%1). Check the cable; RegPoint keeps trying.</translation>
    </message>
    <message>
        <source>The USB ID card reader reports a fault: %1</source>
        <translation>The USB ID card reader reports a fault: %1</translation>
    </message>
    <message>
        <source>The USB ID card reader was unplugged. Plug it in again.</source>
        <translation>The USB ID card reader was unplugged. Plug it in again.</translation>
    </message>
    <message>
        <source>The card was taken off the reader before it was read. Place it again and keep it still until it is read.</source>
        <translation>The card was taken off the reader before it was read. Place it again and keep it still until it is read.</translation>
    </message>
    <message>
        <source>The reader at %1 sends damaged or meaningless answers (bad checksums, unknown frames). Check its cable, unplug it and plug it in again; if it repeats, replace the reader and enter documents by hand meanwhile.</source>
        <translation>The reader at %1 sends damaged or meaningless answers (bad checksums, unknown frames). Check its cable, unplug it and plug it in again; if it repeats, replace the reader and enter documents by hand meanwhile.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::Printer</name>
    <message>
        <source>The printer is out of paper. Load A4 paper; printing continues by itself.</source>
        <translation>The printer is out of paper. Load A4 paper; printing continues by itself.</translation>
    </message>
    <message>
        <source>Paper is jammed in the printer. Open it, take out the jammed sheet and close it.</source>
        <translation>Paper is jammed in the printer. Open it, take out the jammed sheet and close it.</translation>
    </message>
    <message>
        <source>A door of the printer is open. Close it.</source>
        <translation>A door of the printer is open. Close it.</translation>
    </message>
    <message>
        <source>The printer is out of toner or ink. Replace the cartridge.</source>
        <translation>The printer is out of toner or ink. Replace the cartridge.</translation>
    </message>
    <message>
        <source>The printer does not answer. Check that it is switched on and its cable is plugged in.</source>
        <translation>The printer does not answer. Check that it is switched on and its cable is plugged in.</translation>
    </message>
    <message>
        <source>The printer queue is stopped. A supervisor can restart it.</source>
        <translation>The printer queue is stopped. A supervisor can restart it.</translation>
    </message>
    <message>
        <source>The printer reports a fault. Check its display.</source>
        <translation>The printer reports a fault. Check its display.</translation>
    </message>
    <message>
        <source>The printer queue %1 cannot take the job: check that the printer is on and connected.</source>
        <translation>The printer queue %1 cannot take the job: check that the printer is on and connected.</translation>
    </message>
    <message>
        <source>The printer could not print the job.</source>
        <translation>The printer could not print the job.</translation>
    </message>
    <message>
        <source>The job was cancelled at the printer.</source>
        <translation>The job was cancelled at the printer.</translation>
    </message>
    <message numerus="yes">
        <source>The printer did not finish the job within %n second(s); it was cancelled.</source>
        <translation>
            <numerusform>The printer did not finish the job within %n second; it was cancelled.</numerusform>
            <numerusform>The printer did not finish the job within %n seconds; it was cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>The print service does not answer. Waiting for it.</source>
        <translation>The print service does not answer. Waiting for it.</translation>
    </message>
    <message>
        <source>The printer queue %1 cannot be reached. Check that the printer is on; a technician can check the print service.</source>
        <translation>The printer queue %1 cannot be reached. Check that the printer is on; a technician can check the print service.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The printer queue takes no new jobs. A supervisor can turn it on again.</source>
        <translation>The printer queue takes no new jobs. A supervisor can turn it on again.</translation>
    </message>
    <message>
        <source>This desk has no other printer to choose from.</source>
        <translation>This desk has no other printer to choose from.</translation>
    </message>
    <message>
        <source>The print service does not answer, so no other printer can be chosen. Save the sheet to a USB drive instead; a technician can check the print service.</source>
        <translation>The print service does not answer, so no other printer can be chosen. Save the sheet to a USB drive instead; a technician can check the print service.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Devices::WltPhotoDecoder</name>
    <message>
        <source>No photo decoder is installed: the card photo cannot be shown. The text fields are complete.</source>
        <translation>No photo decoder is installed: the card photo cannot be shown. The text fields are complete.</translation>
    </message>
    <message>
        <source>The photo decoder %1 could not be loaded (%2). Call the technician.</source>
        <translation>The photo decoder %1 could not be loaded (%2). Call the technician.</translation>
    </message>
    <message>
        <source>The photo decoder %1 has no function %2. Call the technician.</source>
        <translation>The photo decoder %1 has no function %2. Call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Exchange::CertificateAuthority</name>
    <message>
        <source>The CA key or certificate cannot be read.</source>
        <translation>The CA key or certificate cannot be read.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Exchange::Envelope</name>
    <message>
        <source>The province key is missing or is not an RSA key of at least %1 bits. Provision this point again with the key file from the provincial office.</source>
        <translation>The province key is missing or is not an RSA key of at least %1 bits. Provision this point again with the key file from the provincial office.</translation>
    </message>
    <message>
        <source>This point&apos;s machine key or certificate is missing or they do not match. Install the certificate issued for this point (regpointctl provision --install-cert).</source>
        <translation>This point&apos;s machine key or certificate is missing or they do not match. Install the certificate issued for this point (regpointctl provision --install-cert).</translation>
    </message>
    <message>
        <source>The record could not be sealed (cryptography error). It stays saved on this point; restart the workstation and call the technician if this repeats.</source>
        <translation>The record could not be sealed (cryptography error). It stays saved on this point; restart the workstation and call the technician if this repeats.</translation>
    </message>
    <message>
        <source>The province&apos;s private key or the CA certificate cannot be read.</source>
        <translation>The province&apos;s private key or the CA certificate cannot be read.</translation>
    </message>
    <message>
        <source>This is not a RegPoint sealed record, or it is damaged.</source>
        <translation>This is not a RegPoint sealed record, or it is damaged.</translation>
    </message>
    <message>
        <source>The point&apos;s certificate was not valid when the record was sealed (expired or not yet valid).</source>
        <translation>The point&apos;s certificate was not valid when the record was sealed (expired or not yet valid).</translation>
    </message>
    <message>
        <source>The point&apos;s certificate was not issued by the province&apos;s CA.</source>
        <translation>The point&apos;s certificate was not issued by the province&apos;s CA.</translation>
    </message>
    <message>
        <source>The envelope names another machine key or point than its certificate.</source>
        <translation>The envelope names another machine key or point than its certificate.</translation>
    </message>
    <message>
        <source>The signature does not match: the record was changed after sealing.</source>
        <translation>The signature does not match: the record was changed after sealing.</translation>
    </message>
    <message>
        <source>The sealed record&apos;s %1 was changed after sealing.</source>
        <translation>The sealed record&apos;s %1 was changed after sealing.</translation>
    </message>
    <message>
        <source>The record is sealed to another province key (id %1).</source>
        <translation>The record is sealed to another province key (id %1).</translation>
    </message>
    <message>
        <source>The record key cannot be unwrapped with this province key.</source>
        <translation>The record key cannot be unwrapped with this province key.</translation>
    </message>
    <message>
        <source>The sealed record does not decrypt: it is damaged.</source>
        <translation>The sealed record does not decrypt: it is damaged.</translation>
    </message>
    <message>
        <source>The province&apos;s CA certificate cannot be read.</source>
        <translation>The province&apos;s CA certificate cannot be read.</translation>
    </message>
    <message>
        <source>The envelope is another record&apos;s.</source>
        <translation>The envelope is another record&apos;s.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Exchange::RecordDocument</name>
    <message>
        <source>The sealed record&apos;s content is not a RegPoint record (%1), or it is damaged.</source>
        <translation>The sealed record&apos;s content is not a RegPoint record (%1), or it is damaged.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::AuditExport</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the drive is plugged in and not full, then try again.</source>
        <translation>Cannot write %1. Check that the drive is plugged in and not full, then try again.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::AuditLog</name>
    <message>
        <source>The audit log has been tampered with (its signed head no longer names its newest event), so nothing more is recorded or done. Keep this disk as it is and call the provincial office.</source>
        <translation>The audit log has been tampered with (its signed head no longer names its newest event), so nothing more is recorded or done. Keep this disk as it is and call the provincial office.</translation>
    </message>
    <message>
        <source>The audit log is broken at event %1 (%2), so its head is not signed. Keep this disk as it is and call the provincial office.</source>
        <translation>The audit log is broken at event %1 (%2), so its head is not signed. Keep this disk as it is and call the provincial office.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::CandidateRecord</name>
    <message>
        <source>Photo accepted</source>
        <translation>Photo accepted</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Queued for upload</source>
        <translation>Queued for upload</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted by the province</source>
        <translation>Accepted by the province</translation>
    </message>
    <message>
        <source>Duplicate at the province</source>
        <translation>Duplicate at the province</translation>
    </message>
    <message>
        <source>Conflict: needs a supervisor</source>
        <translation>Conflict: needs a supervisor</translation>
    </message>
    <message>
        <source>Rejected by the province</source>
        <translation>Rejected by the province</translation>
    </message>
    <message>
        <source>Review pending</source>
        <translation>Review pending</translation>
    </message>
    <message>
        <source>Eligible; photo pending</source>
        <translation>Eligible; photo pending</translation>
    </message>
    <message>
        <source>Refused at review</source>
        <translation>Refused at review</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::CardChecks</name>
    <message>
        <source>The permanent residence number should have 18 characters starting with 9. Enter the document by hand.</source>
        <translation>The permanent residence number should have 18 characters starting with 9. Enter the document by hand.</translation>
    </message>
    <message>
        <source>Check character correct.</source>
        <translation>Check character correct.</translation>
    </message>
    <message>
        <source>The check character of the number is wrong: the chip data is damaged or forged.</source>
        <translation>The check character of the number is wrong: the chip data is damaged or forged.</translation>
    </message>
    <message>
        <source>Number format correct (3 letters, 12 digits).</source>
        <translation>Number format correct (3 letters, 12 digits).</translation>
    </message>
    <message>
        <source>The permanent residence number is not 3 letters and 12 digits: the chip data is damaged.</source>
        <translation>The permanent residence number is not 3 letters and 12 digits: the chip data is damaged.</translation>
    </message>
    <message>
        <source>Birth date matches the number.</source>
        <translation>Birth date matches the number.</translation>
    </message>
    <message>
        <source>The card&apos;s birth date (%1) differs from the number&apos;s (%2): the chip data is inconsistent.</source>
        <translation>The card&apos;s birth date (%1) differs from the number&apos;s (%2): the chip data is inconsistent.</translation>
    </message>
    <message>
        <source>Gender matches digit 17.</source>
        <translation>Gender matches digit 17.</translation>
    </message>
    <message>
        <source>The card says %1 but digit 17 of the number says %2: the chip data is inconsistent.</source>
        <translation>The card says %1 but digit 17 of the number says %2: the chip data is inconsistent.</translation>
    </message>
    <message>
        <source>A residence permit number must start with 81, 82 or 83.</source>
        <translation>A residence permit number must start with 81, 82 or 83.</translation>
    </message>
    <message>
        <source>Issued in Hunan.</source>
        <translation>Issued in Hunan.</translation>
    </message>
    <message>
        <source>Issued in %1, not Hunan: check the candidate&apos;s household registration and eligibility.</source>
        <translation>Issued in %1, not Hunan: check the candidate&apos;s household registration and eligibility.</translation>
    </message>
    <message>
        <source>Valid for life.</source>
        <translation>Valid for life.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valid until %1.</translation>
    </message>
    <message>
        <source>The card expired on %1. Follow the rules for expired cards and ask the supervisor.</source>
        <translation>The card expired on %1. Follow the rules for expired cards and ask the supervisor.</translation>
    </message>
    <message>
        <source>The card&apos;s end of validity is unreadable. Check the printed date.</source>
        <translation>The card&apos;s end of validity is unreadable. Check the printed date.</translation>
    </message>
    <message>
        <source>A foreigner&apos;s permanent residence card: such holders are normally not gaokao candidates. Ask the supervisor.</source>
        <translation>A foreigner&apos;s permanent residence card: such holders are normally not gaokao candidates. Ask the supervisor.</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>control characters</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validity</translation>
    </message>
    <message>
        <source>pass number</source>
        <translation>pass number</translation>
    </message>
    <message>
        <source>issue count</source>
        <translation>issue count</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
    <message>
        <source>The card&apos;s text is well formed.</source>
        <translation>The card&apos;s text is well formed.</translation>
    </message>
    <message>
        <source>The card&apos;s text is not what a genuine card holds (%1): the reader or the card is faulty or forged. Place the card again; if it repeats, enter the document by hand and tell the supervisor.</source>
        <translation>The card&apos;s text is not what a genuine card holds (%1): the reader or the card is faulty or forged. Place the card again; if it repeats, enter the document by hand and tell the supervisor.</translation>
    </message>
    <message>
        <source>ethnic group</source>
        <translation>ethnic group</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ConfirmationDesk</name>
    <message>
        <source>This candidate was not registered at this point. Their sheet is printed where they registered; the app shows where.</source>
        <translation>This candidate was not registered at this point. Their sheet is printed where they registered; the app shows where.</translation>
    </message>
    <message>
        <source>No candidate of this point has the registration number %1. Check the number on the slip, or read the candidate&apos;s ID card.</source>
        <translation>No candidate of this point has the registration number %1. Check the number on the slip, or read the candidate&apos;s ID card.</translation>
    </message>
    <message>
        <source>This record is gone from the point.</source>
        <translation>This record is gone from the point.</translation>
    </message>
    <message>
        <source>Read the candidate&apos;s ID card first.</source>
        <translation>Read the candidate&apos;s ID card first.</translation>
    </message>
    <message>
        <source>Write down what the candidate says is wrong on the sheet; the province corrects it from that.</source>
        <translation>Write down what the candidate says is wrong on the sheet; the province corrects it from that.</translation>
    </message>
    <message>
        <source>The sheet has not been printed yet: print it and let the candidate check it first.</source>
        <translation>The sheet has not been printed yet: print it and let the candidate check it first.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <source>The candidate&apos;s form is gone.</source>
        <translation>The candidate&apos;s form is gone.</translation>
    </message>
    <message>
        <source>This candidate&apos;s record has no registration number yet, so the province has no form for it. Press Sync now on the start screen, then read the card again.</source>
        <translation>This candidate&apos;s record has no registration number yet, so the province has no form for it. Press Sync now on the start screen, then read the card again.</translation>
    </message>
    <message>
        <source>The sheet could not be written to %1 (is the drive full, read-only or pulled out?). Put the drive in again and retry.</source>
        <translation>The sheet could not be written to %1 (is the drive full, read-only or pulled out?). Put the drive in again and retry.</translation>
    </message>
    <message>
        <source>The province changed this candidate&apos;s form after the sheet was printed. Print it again and let the candidate check the new sheet.</source>
        <translation>The province changed this candidate&apos;s form after the sheet was printed. Print it again and let the candidate check the new sheet.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Database</name>
    <message>
        <source>The database %1 is damaged or is not a RegPoint database (%2). It has not been changed. Do not delete it: call the technician and run &quot;regpointctl db check&quot;.</source>
        <translation>The database %1 is damaged or is not a RegPoint database (%2). It has not been changed. Do not delete it: call the technician and run &quot;regpointctl db check&quot;.</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>no SQLite header</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the disk is mounted and writable.</source>
        <translation>Cannot open the database %1: %2. Check that the disk is mounted and writable.</translation>
    </message>
    <message>
        <source>a SQLite file of another program</source>
        <translation>a SQLite file of another program</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer RegPoint (schema %2; this version knows up to %3). It has not been changed. Install the newer RegPoint to open it.</source>
        <translation>The database %1 was written by a newer RegPoint (schema %2; this version knows up to %3). It has not been changed. Install the newer RegPoint to open it.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>There is no table %1.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Call the technician to free space; what you typed is still on screen.</source>
        <translation>The disk is full, so nothing was saved. Call the technician to free space; what you typed is still on screen.</translation>
    </message>
    <message>
        <source>The local database refused the change (%1), so nothing was saved. Try again; if it repeats, call the technician.</source>
        <translation>The local database refused the change (%1), so nothing was saved. Try again; if it repeats, call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DayClose</name>
    <message>
        <source>Audit chain BROKEN at event %1: %2. The day was not closed. Keep this disk as it is and call the provincial office.</source>
        <translation>Audit chain BROKEN at event %1: %2. The day was not closed. Keep this disk as it is and call the provincial office.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DayEndReview</name>
    <message>
        <source>Only a supervisor can approve or reject the day&apos;s records. Ask the supervisor to sign in for the day-end review.</source>
        <translation>Only a supervisor can approve or reject the day&apos;s records. Ask the supervisor to sign in for the day-end review.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DayOpening</name>
    <message>
        <source>The record of how the day was opened does not match the audit log. Call the technician.</source>
        <translation>The record of how the day was opened does not match the audit log. Call the technician.</translation>
    </message>
    <message>
        <source>Today is open already.</source>
        <translation>Today is open already.</translation>
    </message>
    <message>
        <source>Some checks failed: only a supervisor can open the day anyway.</source>
        <translation>Some checks failed: only a supervisor can open the day anyway.</translation>
    </message>
    <message>
        <source>Write why the day opens anyway (at least %1 characters).</source>
        <translation>Write why the day opens anyway (at least %1 characters).</translation>
    </message>
    <message>
        <source>The reason could not be encrypted, so the day was not opened. Call the technician.</source>
        <translation>The reason could not be encrypted, so the day was not opened. Call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DemoDay</name>
    <message>
        <source>The data directory is not provisioned; provision it (the demo province will do).</source>
        <translation>The data directory is not provisioned; provision it (the demo province will do).</translation>
    </message>
    <message>
        <source>The eligibility rules have no final-year category for the demo candidates.</source>
        <translation>The eligibility rules have no final-year category for the demo candidates.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DemoProvince</name>
    <message>
        <source>Cannot write the demo province to %1.</source>
        <translation>Cannot write the demo province to %1.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DocumentType</name>
    <message>
        <source>Resident identity card</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>Household register (no card)</source>
        <translation>Household register (no card)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>Enter the document number exactly as printed.</source>
        <translation>Enter the document number exactly as printed.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits (a Chinese passport: E and 8 characters). Check it on the photo page.</source>
        <translation>A passport number has 5 to 17 letters and digits (a Chinese passport: E and 8 characters). Check it on the photo page.</translation>
    </message>
    <message>
        <source>A Hong Kong or Macao resident&apos;s permit number is H or M followed by 8 digits (10 on older permits). Check it on the permit.</source>
        <translation>A Hong Kong or Macao resident&apos;s permit number is H or M followed by 8 digits (10 on older permits). Check it on the permit.</translation>
    </message>
    <message>
        <source>A Taiwan resident&apos;s permit number has 8 digits (10 on older permits). Check it on the permit.</source>
        <translation>A Taiwan resident&apos;s permit number has 8 digits (10 on older permits). Check it on the permit.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::DurableFile</name>
    <message>
        <source>%1 could not be written (%2: %3). Check that the drive is plugged in, not full and not write-protected, then try again.</source>
        <translation>%1 could not be written (%2: %3). Check that the drive is plugged in, not full and not write-protected, then try again.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten. Choose another folder or remove the old file.</source>
        <translation>%1 already exists; nothing was overwritten. Choose another folder or remove the old file.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::EligibilityRules</name>
    <message>
        <source>The eligibility rules cannot be used (%1). Call the technician: the kiosk&apos;s rules file must be replaced.</source>
        <translation>The eligibility rules cannot be used (%1). Call the technician: the kiosk&apos;s rules file must be replaced.</translation>
    </message>
    <message>
        <source>This kiosk has no eligibility rules for the %1 exam. Call the technician: an update of the kiosk brings them.</source>
        <translation>This kiosk has no eligibility rules for the %1 exam. Call the technician: an update of the kiosk brings them.</translation>
    </message>
    <message>
        <source>This review was made under the rules of another exam year. Review the candidate again.</source>
        <translation>This review was made under the rules of another exam year. Review the candidate again.</translation>
    </message>
    <message>
        <source>Choose why the candidate cannot register here.</source>
        <translation>Choose why the candidate cannot register here.</translation>
    </message>
    <message>
        <source>Write down why the candidate is refused (at least 4 characters).</source>
        <translation>Write down why the candidate is refused (at least 4 characters).</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s category first.</source>
        <translation>Choose the candidate&apos;s category first.</translation>
    </message>
    <message>
        <source>Not yet seen: %1. Check it, or refuse with the reason.</source>
        <translation>Not yet seen: %1. Check it, or refuse with the reason.</translation>
    </message>
    <message>
        <source>Not yet declared: %1. Ask the candidate, or refuse with the reason.</source>
        <translation>Not yet declared: %1. Ask the candidate, or refuse with the reason.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::FormExchange</name>
    <message>
        <source>The province&apos;s server answered for other sheet confirmations than were sent; they are sent again next time.</source>
        <translation>The province&apos;s server answered for other sheet confirmations than were sent; they are sent again next time.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::FormShelf</name>
    <message>
        <source>The province sent a registration form this point cannot accept (%1). Nothing of it was kept or printed; tell the exam office.</source>
        <translation>The province sent a registration form this point cannot accept (%1). Nothing of it was kept or printed; tell the exam office.</translation>
    </message>
    <message>
        <source>A registration form could not be encrypted, so it was not kept. Call the technician.</source>
        <translation>A registration form could not be encrypted, so it was not kept. Call the technician.</translation>
    </message>
    <message>
        <source>A correction request in the local store is damaged or was changed. Call the technician.</source>
        <translation>A correction request in the local store is damaged or was changed. Call the technician.</translation>
    </message>
    <message>
        <source>This candidate&apos;s registration form in the local store is damaged or was changed, so it is not printed. Call the technician.</source>
        <translation>This candidate&apos;s registration form in the local store is damaged or was changed, so it is not printed. Call the technician.</translation>
    </message>
    <message>
        <source>This confirmation is for another version of the candidate&apos;s form than the one kept here. Print the sheet again and confirm that one.</source>
        <translation>This confirmation is for another version of the candidate&apos;s form than the one kept here. Print the sheet again and confirm that one.</translation>
    </message>
    <message>
        <source>The correction could not be encrypted, so it was not kept. Call the technician.</source>
        <translation>The correction could not be encrypted, so it was not kept. Call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::IdNumber</name>
    <message>
        <source>Enter the 18-character ID number.</source>
        <translation>Enter the 18-character ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters. Count the characters on the document and type it again.</source>
        <translation>An ID number has 18 characters. Count the characters on the document and type it again.</translation>
    </message>
    <message>
        <source>Only digits are allowed, with X as the last character. Check for letters or spaces.</source>
        <translation>Only digits are allowed, with X as the last character. Check for letters or spaces.</translation>
    </message>
    <message>
        <source>The first two digits are no province code. Check the start of the number.</source>
        <translation>The first two digits are no province code. Check the start of the number.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are no real date of birth. Check them against the document.</source>
        <translation>Digits 7 to 14 are no real date of birth. Check them against the document.</translation>
    </message>
    <message>
        <source>The date of birth in the number lies in the future. Check digits 7 to 14.</source>
        <translation>The date of birth in the number lies in the future. Check digits 7 to 14.</translation>
    </message>
    <message>
        <source>The date of birth in the number is before 1900. Check digits 7 to 14.</source>
        <translation>The date of birth in the number is before 1900. Check digits 7 to 14.</translation>
    </message>
    <message>
        <source>The check character does not match: one character is mistyped. Compare each digit with the document.</source>
        <translation>The check character does not match: one character is mistyped. Compare each digit with the document.</translation>
    </message>
    <message>
        <source>The county code is not in today&apos;s list. This is normal for counties that were renamed or merged; check the document.</source>
        <translation>The county code is not in today&apos;s list. This is normal for counties that were renamed or merged; check the document.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unstated</source>
        <translation>Unstated</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>Hebei</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>Shanxi</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>Inner Mongolia</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>Liaoning</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>Heilongjiang</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>Jiangxi</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>Henan</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>Hubei</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>Guangxi</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>Hainan</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>Chongqing</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>Guizhou</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>Yunnan</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>Tibet</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>Shaanxi</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>Gansu</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>Qinghai</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>Ningxia</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>Xinjiang</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Taiwan (residence permit)</source>
        <translation>Taiwan (residence permit)</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::IntakeClient</name>
    <message>
        <source>The province does not recognise this point&apos;s certificate. Sending has stopped; call the technician to have the point enrolled again.</source>
        <translation>The province does not recognise this point&apos;s certificate. Sending has stopped; call the technician to have the point enrolled again.</translation>
    </message>
    <message>
        <source>The province&apos;s server speaks another version of the sync protocol. Sending has stopped; this workstation needs an update.</source>
        <translation>The province&apos;s server speaks another version of the sync protocol. Sending has stopped; this workstation needs an update.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock differs from the province&apos;s by more than five minutes. Sending has stopped; correct the clock (supervisor), then sync again.</source>
        <translation>This workstation&apos;s clock differs from the province&apos;s by more than five minutes. Sending has stopped; correct the clock (supervisor), then sync again.</translation>
    </message>
    <message>
        <source>The province has seen a newer audit log from this point than the one here: this store may have been rolled back or copied. Sending has stopped; call the supervisor and the exam office before registering anyone else.</source>
        <translation>The province has seen a newer audit log from this point than the one here: this store may have been rolled back or copied. Sending has stopped; call the supervisor and the exam office before registering anyone else.</translation>
    </message>
    <message>
        <source>The province could not verify this point&apos;s audit log signature. Sending has stopped; call the technician.</source>
        <translation>The province could not verify this point&apos;s audit log signature. Sending has stopped; call the technician.</translation>
    </message>
    <message>
        <source>The province&apos;s server is busy or unavailable. Nothing is lost; sending resumes by itself.</source>
        <translation>The province&apos;s server is busy or unavailable. Nothing is lost; sending resumes by itself.</translation>
    </message>
    <message>
        <source>The province&apos;s server refused the request (%1). Sending has stopped; call the technician.</source>
        <translation>The province&apos;s server refused the request (%1). Sending has stopped; call the technician.</translation>
    </message>
    <message>
        <source>The secure connection to the province failed: the server&apos;s or this point&apos;s certificate was refused. Sending has stopped; call the technician.</source>
        <translation>The secure connection to the province failed: the server&apos;s or this point&apos;s certificate was refused. Sending has stopped; call the technician.</translation>
    </message>
    <message>
        <source>The province&apos;s server cannot be reached. Nothing is lost: records wait here and are sent when the network is back.</source>
        <translation>The province&apos;s server cannot be reached. Nothing is lost: records wait here and are sent when the network is back.</translation>
    </message>
    <message>
        <source>The province&apos;s server sent an answer this point cannot read. Sending has stopped; call the technician.</source>
        <translation>The province&apos;s server sent an answer this point cannot read. Sending has stopped; call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::KioskSettings</name>
    <message>
        <source>Only the point&apos;s administrator changes the settings.</source>
        <translation>Only the point&apos;s administrator changes the settings.</translation>
    </message>
    <message>
        <source>The idle lock must be between 30 and 3600 seconds.</source>
        <translation>The idle lock must be between 30 and 3600 seconds.</translation>
    </message>
    <message>
        <source>The photo attempts before a supervisor must be between 1 and 20.</source>
        <translation>The photo attempts before a supervisor must be between 1 and 20.</translation>
    </message>
    <message>
        <source>The settings file could not be written, so nothing changed. Call the technician.</source>
        <translation>The settings file could not be written, so nothing changed. Call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::LocalVault</name>
    <message>
        <source>Cannot create the key folder %1. Check that the disk is writable.</source>
        <translation>Cannot create the key folder %1. Check that the disk is writable.</translation>
    </message>
    <message>
        <source>The system random generator failed. Restart the workstation.</source>
        <translation>The system random generator failed. Restart the workstation.</translation>
    </message>
    <message>
        <source>Cannot create the local key file %1.</source>
        <translation>Cannot create the local key file %1.</translation>
    </message>
    <message>
        <source>Cannot write the local key file %1. Check free disk space.</source>
        <translation>Cannot write the local key file %1. Check free disk space.</translation>
    </message>
    <message>
        <source>The local data key %1 is missing, so the saved records cannot be read. Do not register anyone: call the technician to restore the key from the backup.</source>
        <translation>The local data key %1 is missing, so the saved records cannot be read. Do not register anyone: call the technician to restore the key from the backup.</translation>
    </message>
    <message>
        <source>The local data key %1 is damaged. Call the technician to restore it from the backup.</source>
        <translation>The local data key %1 is damaged. Call the technician to restore it from the backup.</translation>
    </message>
    <message>
        <source>Cannot read the local data key %1 (missing rights, or not a plain file). Run RegPoint as its service user and call the technician.</source>
        <translation>Cannot read the local data key %1 (missing rights, or not a plain file). Run RegPoint as its service user and call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::MachineProvisioning</name>
    <message>
        <source>The point code must be the 6-digit county code, a dash and the point&apos;s number, e.g. 430102-01.</source>
        <translation>The point code must be the 6-digit county code, a dash and the point&apos;s number, e.g. 430102-01.</translation>
    </message>
    <message>
        <source>The province key file must hold an RSA public key of at least %1 bits (PEM).</source>
        <translation>The province key file must hold an RSA public key of at least %1 bits (PEM).</translation>
    </message>
    <message>
        <source>The CA file must hold the province&apos;s CA certificate (PEM).</source>
        <translation>The CA file must hold the province&apos;s CA certificate (PEM).</translation>
    </message>
    <message>
        <source>This point already has a machine key. To replace it, move the keys folder away first (the old records stay signed with the old key).</source>
        <translation>This point already has a machine key. To replace it, move the keys folder away first (the old records stay signed with the old key).</translation>
    </message>
    <message>
        <source>The machine key could not be created (cryptography error).</source>
        <translation>The machine key could not be created (cryptography error).</translation>
    </message>
    <message>
        <source>Cannot write the machine key to %1.</source>
        <translation>Cannot write the machine key to %1.</translation>
    </message>
    <message>
        <source>Cannot write the provisioning files to %1.</source>
        <translation>Cannot write the provisioning files to %1.</translation>
    </message>
    <message>
        <source>This point has no machine key yet: run provision --point-code first.</source>
        <translation>This point has no machine key yet: run provision --point-code first.</translation>
    </message>
    <message>
        <source>The file does not hold a certificate (PEM).</source>
        <translation>The file does not hold a certificate (PEM).</translation>
    </message>
    <message>
        <source>The certificate was issued for another key, not this point&apos;s. Send this point&apos;s CSR (keys/machine.csr).</source>
        <translation>The certificate was issued for another key, not this point&apos;s. Send this point&apos;s CSR (keys/machine.csr).</translation>
    </message>
    <message>
        <source>The certificate names point %1, but this point is %2.</source>
        <translation>The certificate names point %1, but this point is %2.</translation>
    </message>
    <message>
        <source>The CA certificate of this point is missing (keys/ca.pem).</source>
        <translation>The CA certificate of this point is missing (keys/ca.pem).</translation>
    </message>
    <message>
        <source>The certificate is expired or not yet valid.</source>
        <translation>The certificate is expired or not yet valid.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the province&apos;s CA.</source>
        <translation>The certificate was not issued by the province&apos;s CA.</translation>
    </message>
    <message>
        <source>Cannot write the certificate to %1.</source>
        <translation>Cannot write the certificate to %1.</translation>
    </message>
    <message>
        <source>This point is not provisioned: records are kept but not sealed for the province until the technician installs the point&apos;s certificate.</source>
        <translation>This point is not provisioned: records are kept but not sealed for the province until the technician installs the point&apos;s certificate.</translation>
    </message>
    <message>
        <source>The CA file holds a certificate that may not sign others (no basicConstraints CA:TRUE): it is not the province&apos;s CA certificate. Ask the provincial office for their CA certificate (PEM).</source>
        <translation>The CA file holds a certificate that may not sign others (no basicConstraints CA:TRUE): it is not the province&apos;s CA certificate. Ask the provincial office for their CA certificate (PEM).</translation>
    </message>
    <message>
        <source>This point is not provisioned, so it cannot reach the province. Ask the technician to provision it.</source>
        <translation>This point is not provisioned, so it cannot reach the province. Ask the technician to provision it.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ManualEntry</name>
    <message>
        <source>Enter the name exactly as printed on the document.</source>
        <translation>Enter the name exactly as printed on the document.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters. Check it against the document.</source>
        <translation>
            <numerusform>The name is longer than %n characters. Check it against the document.</numerusform>
            <numerusform>The name is longer than %n characters. Check it against the document.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name may contain only Chinese characters, the dot · of minority names, or Latin letters. Remove digits and symbols.</source>
        <translation>The name may contain only Chinese characters, the dot · of minority names, or Latin letters. Remove digits and symbols.</translation>
    </message>
    <message>
        <source>Choose the gender shown on the document.</source>
        <translation>Choose the gender shown on the document.</translation>
    </message>
    <message>
        <source>The gender does not match the ID number (digit 17 says %1). Check both on the document.</source>
        <translation>The gender does not match the ID number (digit 17 says %1). Check both on the document.</translation>
    </message>
    <message>
        <source>Enter the date of birth shown on the document.</source>
        <translation>Enter the date of birth shown on the document.</translation>
    </message>
    <message>
        <source>The date of birth does not match the ID number (%1). Check both on the document.</source>
        <translation>The date of birth does not match the ID number (%1). Check both on the document.</translation>
    </message>
    <message>
        <source>Enter the address exactly as printed on the document.</source>
        <translation>Enter the address exactly as printed on the document.</translation>
    </message>
    <message numerus="yes">
        <source>The address is longer than %n characters. Check it against the document.</source>
        <translation>
            <numerusform>The address is longer than %n characters. Check it against the document.</numerusform>
            <numerusform>The address is longer than %n characters. Check it against the document.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is after today. Check it on the document.</source>
        <translation>The date of birth is after today. Check it on the document.</translation>
    </message>
    <message>
        <source>Choose the ethnic group shown on the document.</source>
        <translation>Choose the ethnic group shown on the document.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Operator</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::OperatorService</name>
    <message>
        <source>A user name has 3 to 32 characters: lowercase letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</source>
        <translation>A user name has 3 to 32 characters: lowercase letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s full name, as it will appear on printed sheets.</source>
        <translation>Enter the operator&apos;s full name, as it will appear on printed sheets.</translation>
    </message>
    <message>
        <source>The password could not be protected. Try again.</source>
        <translation>The password could not be protected. Try again.</translation>
    </message>
    <message>
        <source>User name or password is wrong. Try again, or ask the supervisor.</source>
        <translation>User name or password is wrong. Try again, or ask the supervisor.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the supervisor.</source>
        <translation>This account is disabled. Ask the supervisor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more second(s). A supervisor can unlock it sooner.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n more second. A supervisor can unlock it sooner.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n more seconds. A supervisor can unlock it sooner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n second(s). A supervisor can unlock it sooner.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n second. A supervisor can unlock it sooner.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n seconds. A supervisor can unlock it sooner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor can unlock an account.</source>
        <translation>Only a supervisor can unlock an account.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can reset a password.</source>
        <translation>Only a supervisor or administrator can reset a password.</translation>
    </message>
    <message>
        <source>The full name contains control or invisible characters (such as terminal codes or direction marks). Type it again without them.</source>
        <translation>The full name contains control or invisible characters (such as terminal codes or direction marks). Type it again without them.</translation>
    </message>
    <message numerus="yes">
        <source>The password can have at most %n characters.</source>
        <translation>
            <numerusform>The password can have at most %n characters.</numerusform>
            <numerusform>The password can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains control or invisible characters. Use letters, digits, spaces and symbols only.</source>
        <translation>The password contains control or invisible characters. Use letters, digits, spaces and symbols only.</translation>
    </message>
    <message>
        <source>Mix at least two kinds of characters: lowercase letters, capital letters, digits or symbols (a space counts as a symbol).</source>
        <translation>Mix at least two kinds of characters: lowercase letters, capital letters, digits or symbols (a space counts as a symbol).</translation>
    </message>
    <message>
        <source>Do not repeat a character more than three times in a row.</source>
        <translation>Do not repeat a character more than three times in a row.</translation>
    </message>
    <message>
        <source>The password has a run of more than four characters in order, like &quot;12345&quot; or &quot;abcde&quot;.</source>
        <translation>The password has a run of more than four characters in order, like &quot;12345&quot; or &quot;abcde&quot;.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>The password must not read the same backwards.</source>
        <translation>The password must not read the same backwards.</translation>
    </message>
    <message>
        <source>The password is too easy to guess (a dictionary word or a simple pattern). Choose a less common one.</source>
        <translation>The password is too easy to guess (a dictionary word or a simple pattern). Choose a less common one.</translation>
    </message>
    <message>
        <source>The new password is too similar to the old one.</source>
        <translation>The new password is too similar to the old one.</translation>
    </message>
    <message>
        <source>The password could not be checked. Try again.</source>
        <translation>The password could not be checked. Try again.</translation>
    </message>
    <message>
        <source>Not done: the audit log cannot be written, and nothing happens without its audit record. Call the technician (&quot;regpointctl db check&quot;, &quot;regpointctl audit verify&quot;).</source>
        <translation>Not done: the audit log cannot be written, and nothing happens without its audit record. Call the technician (&quot;regpointctl db check&quot;, &quot;regpointctl audit verify&quot;).</translation>
    </message>
    <message>
        <source>Only a higher role can reset a password: a supervisor resets a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s.</source>
        <translation>Only a higher role can reset a password: a supervisor resets a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s.</translation>
    </message>
    <message>
        <source>Only a higher role can unlock an account early: a supervisor a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s. Otherwise the lock runs out by itself.</source>
        <translation>Only a higher role can unlock an account early: a supervisor a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s. Otherwise the lock runs out by itself.</translation>
    </message>
    <message>
        <source>A supervisor adds clerks, an administrator clerks and supervisors.</source>
        <translation>A supervisor adds clerks, an administrator clerks and supervisors.</translation>
    </message>
    <message>
        <source>Only a higher role can disable or enable an account: a supervisor a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s.</source>
        <translation>Only a higher role can disable or enable an account: a supervisor a clerk&apos;s, an administrator a clerk&apos;s or a supervisor&apos;s.</translation>
    </message>
    <message>
        <source>Another account is shown as %1 already. Add something that tells them apart, such as the given name in full or a number.</source>
        <translation>Another account is shown as %1 already. Add something that tells them apart, such as the given name in full or a number.</translation>
    </message>
    <message>
        <source>Your account was disabled meanwhile: nothing was changed. Ask the administrator.</source>
        <translation>Your account was disabled meanwhile: nothing was changed. Ask the administrator.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::OperatorStore</name>
    <message>
        <source>The user name &quot;%1&quot; is taken. Choose another.</source>
        <translation>The user name &quot;%1&quot; is taken. Choose another.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PhotoChecks</name>
    <message>
        <source>The file is empty. Copy the photo again.</source>
        <translation>The file is empty. Copy the photo again.</translation>
    </message>
    <message>
        <source>The file is damaged or is no picture. Ask for the photo file again or take a new photo.</source>
        <translation>The file is damaged or is no picture. Ask for the photo file again or take a new photo.</translation>
    </message>
    <message>
        <source>The photo must be a JPEG file (.jpg). Use &quot;fix&quot; to convert it.</source>
        <translation>The photo must be a JPEG file (.jpg). Use &quot;fix&quot; to convert it.</translation>
    </message>
    <message>
        <source>The JPEG file is cut off (copied incompletely?). Copy the photo again.</source>
        <translation>The JPEG file is cut off (copied incompletely?). Copy the photo again.</translation>
    </message>
    <message>
        <source>The JPEG says %1 dpi instead of %2. Use &quot;fix&quot; to rewrite it.</source>
        <translation>The JPEG says %1 dpi instead of %2. Use &quot;fix&quot; to rewrite it.</translation>
    </message>
    <message>
        <source>JPEG file.</source>
        <translation>JPEG file.</translation>
    </message>
    <message>
        <source>File size within the limits.</source>
        <translation>File size within the limits.</translation>
    </message>
    <message>
        <source>The file has %1 KB; it must have %2 to %3 KB. Use &quot;fix&quot; to re-encode it.</source>
        <translation>The file has %1 KB; it must have %2 to %3 KB. Use &quot;fix&quot; to re-encode it.</translation>
    </message>
    <message>
        <source>Frame size correct.</source>
        <translation>Frame size correct.</translation>
    </message>
    <message>
        <source>The photo must be %1×%2 pixels. Use &quot;fix&quot; to crop and scale it.</source>
        <translation>The photo must be %1×%2 pixels. Use &quot;fix&quot; to crop and scale it.</translation>
    </message>
    <message>
        <source>Colour photo.</source>
        <translation>Colour photo.</translation>
    </message>
    <message>
        <source>The photo is black and white. A colour photo is required.</source>
        <translation>The photo is black and white. A colour photo is required.</translation>
    </message>
    <message>
        <source>No face found. Face the camera, bare-headed, with nothing covering the face.</source>
        <translation>No face found. Face the camera, bare-headed, with nothing covering the face.</translation>
    </message>
    <message>
        <source>More than one person is in the photo. Only the candidate may be in the frame.</source>
        <translation>More than one person is in the photo. Only the candidate may be in the frame.</translation>
    </message>
    <message>
        <source>One face.</source>
        <translation>One face.</translation>
    </message>
    <message>
        <source>Not measured: needs exactly one face in the photo.</source>
        <translation>Not measured: needs exactly one face in the photo.</translation>
    </message>
    <message>
        <source>Centred.</source>
        <translation>Centred.</translation>
    </message>
    <message>
        <source>The head is right of centre: move a little to the left (as seen on the screen).</source>
        <translation>The head is right of centre: move a little to the left (as seen on the screen).</translation>
    </message>
    <message>
        <source>The head is left of centre: move a little to the right (as seen on the screen).</source>
        <translation>The head is left of centre: move a little to the right (as seen on the screen).</translation>
    </message>
    <message>
        <source>Eye line in range.</source>
        <translation>Eye line in range.</translation>
    </message>
    <message>
        <source>The eyes are too high in the frame: lower the camera or move the crop up.</source>
        <translation>The eyes are too high in the frame: lower the camera or move the crop up.</translation>
    </message>
    <message>
        <source>The eyes are too low in the frame: raise the camera or move the crop down.</source>
        <translation>The eyes are too low in the frame: raise the camera or move the crop down.</translation>
    </message>
    <message>
        <source>Face size in range.</source>
        <translation>Face size in range.</translation>
    </message>
    <message>
        <source>The face is too small: come a little closer to the camera.</source>
        <translation>The face is too small: come a little closer to the camera.</translation>
    </message>
    <message>
        <source>The face is too large: move a little back from the camera.</source>
        <translation>The face is too large: move a little back from the camera.</translation>
    </message>
    <message>
        <source>Head straight.</source>
        <translation>Head straight.</translation>
    </message>
    <message>
        <source>The head is tilted. Hold it straight and take the photo again (a tilted photo is never rotated).</source>
        <translation>The head is tilted. Hold it straight and take the photo again (a tilted photo is never rotated).</translation>
    </message>
    <message>
        <source>Facing the camera.</source>
        <translation>Facing the camera.</translation>
    </message>
    <message>
        <source>In focus.</source>
        <translation>In focus.</translation>
    </message>
    <message>
        <source>The photo is blurred. Hold still and let the camera focus, then take it again.</source>
        <translation>The photo is blurred. Hold still and let the camera focus, then take it again.</translation>
    </message>
    <message>
        <source>Exposure even.</source>
        <translation>Exposure even.</translation>
    </message>
    <message>
        <source>The face is too dark. Turn on or bring the fill lights closer.</source>
        <translation>The face is too dark. Turn on or bring the fill lights closer.</translation>
    </message>
    <message>
        <source>No red eye.</source>
        <translation>No red eye.</translation>
    </message>
    <message>
        <source>Red eyes. Take the photo again without the flash pointing straight at the eyes.</source>
        <translation>Red eyes. Take the photo again without the flash pointing straight at the eyes.</translation>
    </message>
    <message>
        <source>No glare on the eyes.</source>
        <translation>No glare on the eyes.</translation>
    </message>
    <message>
        <source>Reflections on the glasses. Tilt the glasses slightly or move the lights to the sides.</source>
        <translation>Reflections on the glasses. Tilt the glasses slightly or move the lights to the sides.</translation>
    </message>
    <message>
        <source>Space above the head in range.</source>
        <translation>Space above the head in range.</translation>
    </message>
    <message>
        <source>The top of the head is too close to the top edge: lower the crop or the camera a little.</source>
        <translation>The top of the head is too close to the top edge: lower the crop or the camera a little.</translation>
    </message>
    <message>
        <source>Too much space above the head: raise the crop or come a little closer.</source>
        <translation>Too much space above the head: raise the crop or come a little closer.</translation>
    </message>
    <message>
        <source>Background colour allowed.</source>
        <translation>Background colour allowed.</translation>
    </message>
    <message>
        <source>The background is not light blue, white or light grey. Use the backdrop, or &quot;fix&quot; to replace it.</source>
        <translation>The background is not light blue, white or light grey. Use the backdrop, or &quot;fix&quot; to replace it.</translation>
    </message>
    <message>
        <source>Background even.</source>
        <translation>Background even.</translation>
    </message>
    <message>
        <source>Look into the camera; nothing may cover the face.</source>
        <translation>Look into the camera; nothing may cover the face.</translation>
    </message>
    <message>
        <source>Only the candidate may be in the picture.</source>
        <translation>Only the candidate may be in the picture.</translation>
    </message>
    <message>
        <source>Come a little closer to the camera.</source>
        <translation>Come a little closer to the camera.</translation>
    </message>
    <message>
        <source>Move a little back from the camera.</source>
        <translation>Move a little back from the camera.</translation>
    </message>
    <message>
        <source>Good distance.</source>
        <translation>Good distance.</translation>
    </message>
    <message>
        <source>Move a little to the left (as seen on the screen).</source>
        <translation>Move a little to the left (as seen on the screen).</translation>
    </message>
    <message>
        <source>Move a little to the right (as seen on the screen).</source>
        <translation>Move a little to the right (as seen on the screen).</translation>
    </message>
    <message>
        <source>Open both eyes and look into the camera.</source>
        <translation>Open both eyes and look into the camera.</translation>
    </message>
    <message>
        <source>Hold the head straight.</source>
        <translation>Hold the head straight.</translation>
    </message>
    <message>
        <source>Eyes open.</source>
        <translation>Eyes open.</translation>
    </message>
    <message>
        <source>Too little background to judge. Check by eye that the backdrop is plain.</source>
        <translation>Too little background to judge. Check by eye that the backdrop is plain.</translation>
    </message>
    <message>
        <source>The background has shadows, uneven light or objects in it. Use the plain backdrop, lit evenly, with nothing behind the candidate.</source>
        <translation>The background has shadows, uneven light or objects in it. Use the plain backdrop, lit evenly, with nothing behind the candidate.</translation>
    </message>
    <message>
        <source>The face detector is not installed (libdlib-data, opencv-data). Check the photo by eye.</source>
        <translation>The face detector is not installed (libdlib-data, opencv-data). Check the photo by eye.</translation>
    </message>
    <message>
        <source>The head is turned. Look straight into the camera so that both ears show equally.</source>
        <translation>The head is turned. Look straight into the camera so that both ears show equally.</translation>
    </message>
    <message>
        <source>Both eyes open.</source>
        <translation>Both eyes open.</translation>
    </message>
    <message>
        <source>The eyes look closed or half closed. Ask the candidate to open both eyes and look at the camera.</source>
        <translation>The eyes look closed or half closed. Ask the candidate to open both eyes and look at the camera.</translation>
    </message>
    <message>
        <source>Lips closed.</source>
        <translation>Lips closed.</translation>
    </message>
    <message>
        <source>The lips are apart. Ask for a natural expression with the lips closed.</source>
        <translation>The lips are apart. Ask for a natural expression with the lips closed.</translation>
    </message>
    <message>
        <source>The face is too bright (washed out). Dim or move back the fill lights.</source>
        <translation>The face is too bright (washed out). Dim or move back the fill lights.</translation>
    </message>
    <message>
        <source>The candidate cannot be told apart from the background (a busy scene, or clothes or hair like the backdrop). Use the plain backdrop, with clothes of another colour.</source>
        <translation>The candidate cannot be told apart from the background (a busy scene, or clothes or hair like the backdrop). Use the plain backdrop, with clothes of another colour.</translation>
    </message>
    <message>
        <source>Bare head.</source>
        <translation>Bare head.</translation>
    </message>
    <message>
        <source>Something seems to cover the head. The photo must show the bare head: ask the candidate to take off the cap, hat or scarf.</source>
        <translation>Something seems to cover the head. The photo must show the bare head: ask the candidate to take off the cap, hat or scarf.</translation>
    </message>
    <message>
        <source>The picture claims %1×%2 pixels; RegPoint reads photos of at most %3 megapixels. Export the photo at a smaller size or take a new photo.</source>
        <translation>The picture claims %1×%2 pixels; RegPoint reads photos of at most %3 megapixels. Export the photo at a smaller size or take a new photo.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PhotoFixer</name>
    <message>
        <source>The photo does not show exactly one face, so it cannot be fixed. Take a new photo.</source>
        <translation>The photo does not show exactly one face, so it cannot be fixed. Take a new photo.</translation>
    </message>
    <message>
        <source>The head&apos;s proportions do not fit the frame rules at any allowed size (hair or chin cut off?). Take a new photo.</source>
        <translation>The head&apos;s proportions do not fit the frame rules at any allowed size (hair or chin cut off?). Take a new photo.</translation>
    </message>
    <message>
        <source>The top of the head is cut off in this photo, so it cannot be fixed. Take a new photo with space above the hair.</source>
        <translation>The top of the head is cut off in this photo, so it cannot be fixed. Take a new photo with space above the hair.</translation>
    </message>
    <message>
        <source>The photo does not show enough of the shoulders to be framed by the rules; it would become a floating bust. Take a new photo from a little further away, head and shoulders in the picture.</source>
        <translation>The photo does not show enough of the shoulders to be framed by the rules; it would become a floating bust. Take a new photo from a little further away, head and shoulders in the picture.</translation>
    </message>
    <message>
        <source>The background cannot be replaced cleanly: hair or clothes blend into it. Take the photo in front of the backdrop.</source>
        <translation>The background cannot be replaced cleanly: hair or clothes blend into it. Take the photo in front of the backdrop.</translation>
    </message>
    <message>
        <source>The clothes cannot be told from the background, so the shoulders would disappear. Take the photo in front of the backdrop, in clothes of another colour.</source>
        <translation>The clothes cannot be told from the background, so the shoulders would disappear. Take the photo in front of the backdrop, in clothes of another colour.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PhotoProfile</name>
    <message>
        <source>There is no photo profile &quot;%1&quot; (built in: hunan-2023). Check the name or the file path.</source>
        <translation>There is no photo profile &quot;%1&quot; (built in: hunan-2023). Check the name or the file path.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3 (it is %4).</source>
        <translation>&quot;%1&quot; must be a whole number from %2 to %3 (it is %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3 (it is %4).</source>
        <translation>&quot;%1&quot; must be a number from %2 to %3 (it is %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be [min, max]: two whole numbers from %2 to %3, min not above max (it is %4).</source>
        <translation>&quot;%1&quot; must be [min, max]: two whole numbers from %2 to %3, min not above max (it is %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most 200 characters (it is %2).</source>
        <translation>&quot;%1&quot; must be text of at most 200 characters (it is %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list 1 to %2 colours such as &quot;#64C5FF&quot; (it is %3).</source>
        <translation>&quot;%1&quot; must list 1 to %2 colours such as &quot;#64C5FF&quot; (it is %3).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile key (a typo?); docs/photo.md lists the keys.</source>
        <translation>&quot;%1&quot; is not a profile key (a typo?); docs/photo.md lists the keys.</translation>
    </message>
    <message>
        <source>The photo profile cannot be used: %1</source>
        <translation>The photo profile cannot be used: %1</translation>
    </message>
    <message>
        <source>The photo profile is not valid JSON: %1. Correct the file or use the built-in hunan-2023.</source>
        <translation>The photo profile is not valid JSON: %1. Correct the file or use the built-in hunan-2023.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>no JSON object</translation>
    </message>
    <message>
        <source>The photo profile is not valid: %1 Correct the profile file (docs/photo.md) or use the built-in hunan-2023.</source>
        <translation>The photo profile is not valid: %1 Correct the profile file (docs/photo.md) or use the built-in hunan-2023.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PlaceNames</name>
    <message>
        <source>unknown code %1</source>
        <translation>unknown code %1</translation>
    </message>
    <message>
        <source>%1: accepted in %2</source>
        <translation>%1: accepted in %2</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PointConfig</name>
    <message>
        <source>The province sent older settings (version %1) than this point has (version %2). The newer ones stay in force; tell the exam office.</source>
        <translation>The province sent older settings (version %1) than this point has (version %2). The newer ones stay in force; tell the exam office.</translation>
    </message>
    <message>
        <source>The province&apos;s settings kept here cannot be read. Sync again to fetch them, or call the technician.</source>
        <translation>The province&apos;s settings kept here cannot be read. Sync again to fetch them, or call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PointProvisioner</name>
    <message>
        <source>This point has no request waiting for a certificate.</source>
        <translation>This point has no request waiting for a certificate.</translation>
    </message>
    <message>
        <source>The point&apos;s certificate request cannot be read. Call the technician.</source>
        <translation>The point&apos;s certificate request cannot be read. Call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::PointSync</name>
    <message>
        <source>No province server is set for this point (kiosk.ini, [sync] intake=https://…). Records are kept here; ask the technician to set the server, or export them to USB.</source>
        <translation>No province server is set for this point (kiosk.ini, [sync] intake=https://…). Records are kept here; ask the technician to set the server, or export them to USB.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ProvincePhotoProfile</name>
    <message>
        <source>The province&apos;s settings ask for photos of %1 × %2 pixels and %3 to %4 bytes, which this kiosk cannot check. Photos are checked against its own rules (%5 × %6, %7 to %8 KB); tell the technician.</source>
        <translation>The province&apos;s settings ask for photos of %1 × %2 pixels and %3 to %4 bytes, which this kiosk cannot check. Photos are checked against its own rules (%5 × %6, %7 to %8 KB); tell the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::ProvisioningDrive</name>
    <message>
        <source>%1 has no folder &quot;regpoint&quot;. Insert the drive the provincial office prepared, or choose where it is mounted.</source>
        <translation>%1 has no folder &quot;regpoint&quot;. Insert the drive the provincial office prepared, or choose where it is mounted.</translation>
    </message>
    <message>
        <source>%1 is not on the drive. Ask the provincial office for the point&apos;s handover files.</source>
        <translation>%1 is not on the drive. Ask the provincial office for the point&apos;s handover files.</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority&apos;s certificate. Ask the provincial office for the right file.</source>
        <translation>%1 is not a certificate authority&apos;s certificate. Ask the provincial office for the right file.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Remove it from the drive, or use another drive.</source>
        <translation>%1 cannot be replaced. Remove it from the drive, or use another drive.</translation>
    </message>
    <message>
        <source>The drive has no certificate %1 in %2 yet. The provincial office issues it from the request; bring it back on this drive.</source>
        <translation>The drive has no certificate %1 in %2 yet. The provincial office issues it from the request; bring it back on this drive.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Readiness</name>
    <message>
        <source>Ready (simulated).</source>
        <translation>Ready (simulated).</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The reader does not answer. Check its cable and power, then check again.</source>
        <translation>The reader does not answer. Check its cable and power, then check again.</translation>
    </message>
    <message>
        <source>The printer does not answer. Check its cable, power and paper, then check again.</source>
        <translation>The printer does not answer. Check its cable, power and paper, then check again.</translation>
    </message>
    <message>
        <source>No reader is set up. Call the technician; until then IDs are typed under a supervisor&apos;s approval.</source>
        <translation>No reader is set up. Call the technician; until then IDs are typed under a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>No printer is set up: slips cannot print. Call the technician.</source>
        <translation>No printer is set up: slips cannot print. Call the technician.</translation>
    </message>
    <message>
        <source>The reader reports a problem. Check its cable and power, then check again.</source>
        <translation>The reader reports a problem. Check its cable and power, then check again.</translation>
    </message>
    <message>
        <source>The printer reports a problem. Check its paper and cable, then check again.</source>
        <translation>The printer reports a problem. Check its paper and cable, then check again.</translation>
    </message>
    <message>
        <source>Delivers pictures.</source>
        <translation>Delivers pictures.</translation>
    </message>
    <message>
        <source>Waiting for a picture…</source>
        <translation>Waiting for a picture…</translation>
    </message>
    <message>
        <source>No picture came from the camera. Check its cable, then check again; until it works, import the candidates&apos; photo files.</source>
        <translation>No picture came from the camera. Check its cable, then check again; until it works, import the candidates&apos; photo files.</translation>
    </message>
    <message>
        <source>The free space could not be read. Tell the technician.</source>
        <translation>The free space could not be read. Tell the technician.</translation>
    </message>
    <message>
        <source>Only %1 free: records may not fit. Call the technician before registering.</source>
        <translation>Only %1 free: records may not fit. Call the technician before registering.</translation>
    </message>
    <message>
        <source>%1 free, running low. Tell the technician.</source>
        <translation>%1 free, running low. Tell the technician.</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>%1 free.</translation>
    </message>
    <message>
        <source>The clock shows %1, which cannot be right. Call the technician to set the time.</source>
        <translation>The clock shows %1, which cannot be right. Call the technician to set the time.</translation>
    </message>
    <message>
        <source>The clock shows %1, earlier than the last recorded event (%2): the clock is wrong. Call the technician to set the time.</source>
        <translation>The clock shows %1, earlier than the last recorded event (%2): the clock is wrong. Call the technician to set the time.</translation>
    </message>
    <message>
        <source>The audit log does not verify (%1). Call the technician; note who used this kiosk.</source>
        <translation>The audit log does not verify (%1). Call the technician; note who used this kiosk.</translation>
    </message>
    <message>
        <source>Intact.</source>
        <translation>Intact.</translation>
    </message>
    <message>
        <source>This point is not provisioned: records are kept here but not sealed or sent. Call the technician.</source>
        <translation>This point is not provisioned: records are kept here but not sealed or sent. Call the technician.</translation>
    </message>
    <message>
        <source>The point&apos;s keys cannot be loaded: records are kept here but not sealed. Call the technician.</source>
        <translation>The point&apos;s keys cannot be loaded: records are kept here but not sealed. Call the technician.</translation>
    </message>
    <message>
        <source>The point&apos;s certificate has expired: the province refuses its records. Call the technician for a new one.</source>
        <translation>The point&apos;s certificate has expired: the province refuses its records. Call the technician for a new one.</translation>
    </message>
    <message>
        <source>The point&apos;s certificate expires on %1. Ask the technician to renew it.</source>
        <translation>The point&apos;s certificate expires on %1. Ask the technician to renew it.</translation>
    </message>
    <message>
        <source>Certificate valid until %1.</source>
        <translation>Certificate valid until %1.</translation>
    </message>
    <message>
        <source>No settings from the province yet. They come with the first send.</source>
        <translation>No settings from the province yet. They come with the first send.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is old: send once to fetch the province&apos;s current settings.</source>
        <translation>Version %1 of %2 is old: send once to fetch the province&apos;s current settings.</translation>
    </message>
    <message>
        <source>Version %1 of %2.</source>
        <translation>Version %1 of %2.</translation>
    </message>
    <message>
        <source>Every record has reached the province.</source>
        <translation>Every record has reached the province.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent, the oldest since %1 (the province allows %2 hours). Send them now, or export them to USB for the province.</source>
        <translation>
            <numerusform>%n record not sent, the oldest since %1 (the province allows %2 hours). Send them now, or export them to USB for the province.</numerusform>
            <numerusform>%n records not sent, the oldest since %1 (the province allows %2 hours). Send them now, or export them to USB for the province.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from an earlier day not sent yet, the oldest since %1. Send them today.</source>
        <translation>
            <numerusform>%n record from an earlier day not sent yet, the oldest since %1. Send them today.</numerusform>
            <numerusform>%n records from an earlier day not sent yet, the oldest since %1. Send them today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of today waiting to be sent.</source>
        <translation>
            <numerusform>%n record of today waiting to be sent.</numerusform>
            <numerusform>%n records of today waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Keys and certificate</source>
        <translation>Keys and certificate</translation>
    </message>
    <message>
        <source>Province settings</source>
        <translation>Province settings</translation>
    </message>
    <message>
        <source>Records not yet sent</source>
        <translation>Records not yet sent</translation>
    </message>
    <message>
        <source>The computer&apos;s time zone is not Beijing time (UTC+8): days begin and end at the wrong hour. Tell the technician.</source>
        <translation>The computer&apos;s time zone is not Beijing time (UTC+8): days begin and end at the wrong hour. Tell the technician.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent yet. Send them today.</source>
        <translation>
            <numerusform>%n record not sent yet. Send them today.</numerusform>
            <numerusform>%n records not sent yet. Send them today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) went to the province on a USB drive; its answer comes with the next sync.</source>
        <translation>
            <numerusform>%n record went to the province on a USB drive; its answer comes with the next sync.</numerusform>
            <numerusform>%n records went to the province on a USB drive; their answer comes with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordFiles</name>
    <message>
        <source>This record is no longer at this point. Search again, or ask the supervisor.</source>
        <translation>This record is no longer at this point. Search again, or ask the supervisor.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordRegistrar</name>
    <message>
        <source>This ID number was already registered here on %1 (record %2). Do not register the candidate twice: open the existing record, or ask the supervisor.</source>
        <translation>This ID number was already registered here on %1 (record %2). Do not register the candidate twice: open the existing record, or ask the supervisor.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordSealing</name>
    <message>
        <source>This point is not provisioned: the record is kept and will be sealed once the point&apos;s certificate is installed.</source>
        <translation>This point is not provisioned: the record is kept and will be sealed once the point&apos;s certificate is installed.</translation>
    </message>
    <message>
        <source>Only a record with its photo can be sealed.</source>
        <translation>Only a record with its photo can be sealed.</translation>
    </message>
    <message>
        <source>Record %1 has no eligible review, so it is not sealed. Call the technician: the record was changed outside the desk.</source>
        <translation>Record %1 has no eligible review, so it is not sealed. Call the technician: the record was changed outside the desk.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RecordStore</name>
    <message>
        <source>The record could not be encrypted, so it was not saved. Call the technician.</source>
        <translation>The record could not be encrypted, so it was not saved. Call the technician.</translation>
    </message>
    <message>
        <source>Record %1 cannot be decrypted with this point&apos;s key. Call the technician; do not re-register the candidate yet.</source>
        <translation>Record %1 cannot be decrypted with this point&apos;s key. Call the technician; do not re-register the candidate yet.</translation>
    </message>
    <message>
        <source>Record %1 is damaged. Call the technician.</source>
        <translation>Record %1 is damaged. Call the technician.</translation>
    </message>
    <message>
        <source>Record %1 does not exist.</source>
        <translation>Record %1 does not exist.</translation>
    </message>
    <message>
        <source>A record in state &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>A record in state &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The photo could not be encrypted, so it was not saved. Call the technician.</source>
        <translation>The photo could not be encrypted, so it was not saved. Call the technician.</translation>
    </message>
    <message>
        <source>The photo of record %1 cannot be decrypted with this point&apos;s key. Call the technician.</source>
        <translation>The photo of record %1 cannot be decrypted with this point&apos;s key. Call the technician.</translation>
    </message>
    <message>
        <source>This ID number was registered here a moment ago by another desk, so it was not saved twice. Open the existing record.</source>
        <translation>This ID number was registered here a moment ago by another desk, so it was not saved twice. Open the existing record.</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>No such record.</translation>
    </message>
    <message>
        <source>The record could not be encrypted.</source>
        <translation>The record could not be encrypted.</translation>
    </message>
    <message>
        <source>This typed record has no supervisor&apos;s approval, so it cannot be completed. Ask the supervisor to enter the document again and approve it.</source>
        <translation>This typed record has no supervisor&apos;s approval, so it cannot be completed. Ask the supervisor to enter the document again and approve it.</translation>
    </message>
    <message>
        <source>This record has not been found eligible at the review, so it takes no photo yet. Review the candidate first.</source>
        <translation>This record has not been found eligible at the review, so it takes no photo yet. Review the candidate first.</translation>
    </message>
    <message>
        <source>The review could not be encrypted, so it was not saved. Call the technician.</source>
        <translation>The review could not be encrypted, so it was not saved. Call the technician.</translation>
    </message>
    <message>
        <source>The review of record %1 cannot be read with this point&apos;s key. Call the technician.</source>
        <translation>The review of record %1 cannot be read with this point&apos;s key. Call the technician.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>This record was completed or corrected already, so it cannot be corrected here. Open it from the list to see its newest version.</source>
        <translation>This record was completed or corrected already, so it cannot be corrected here. Open it from the list to see its newest version.</translation>
    </message>
    <message>
        <source>What the ID card&apos;s chip says is not corrected by hand.</source>
        <translation>What the ID card&apos;s chip says is not corrected by hand.</translation>
    </message>
    <message>
        <source>This record was corrected a moment ago at another desk. Open it from the list to see its newest version.</source>
        <translation>This record was corrected a moment ago at another desk. Open it from the list to see its newest version.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RegistrationFlow</name>
    <message>
        <source>The first supervisor exists already.</source>
        <translation>The first supervisor exists already.</translation>
    </message>
    <message>
        <source>Someone is logged in already.</source>
        <translation>Someone is logged in already.</translation>
    </message>
    <message>
        <source>Start a new registration first.</source>
        <translation>Start a new registration first.</translation>
    </message>
    <message>
        <source>Place an ID card on the reader first.</source>
        <translation>Place an ID card on the reader first.</translation>
    </message>
    <message>
        <source>The card failed a check that blocks saving. Enter the document by hand and ask the supervisor.</source>
        <translation>The card failed a check that blocks saving. Enter the document by hand and ask the supervisor.</translation>
    </message>
    <message>
        <source>Take or import a photo first.</source>
        <translation>Take or import a photo first.</translation>
    </message>
    <message numerus="yes">
        <source>This photo fails a check. Take it again, or after %n failed attempt(s) ask the supervisor.</source>
        <translation>
            <numerusform>This photo fails a check. Take it again, or after %n failed attempt ask the supervisor.</numerusform>
            <numerusform>This photo fails a check. Take it again, or after %n failed attempts ask the supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A supervisor can accept a failing photo only after %n failed attempt(s) with a photo.</source>
        <translation>
            <numerusform>A supervisor can accept a failing photo only after %n failed attempt with a photo.</numerusform>
            <numerusform>A supervisor can accept a failing photo only after %n failed attempts with a photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write why the photo is accepted anyway (at least 4 characters).</source>
        <translation>Write why the photo is accepted anyway (at least 4 characters).</translation>
    </message>
    <message>
        <source>Only a supervisor can accept a failing photo. Ask the supervisor to sign in here.</source>
        <translation>Only a supervisor can accept a failing photo. Ask the supervisor to sign in here.</translation>
    </message>
    <message>
        <source>A typed ID document needs a supervisor&apos;s approval: the supervisor enters their user name and password below, then save again.</source>
        <translation>A typed ID document needs a supervisor&apos;s approval: the supervisor enters their user name and password below, then save again.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve a typed ID document.</source>
        <translation>Only a supervisor can approve a typed ID document.</translation>
    </message>
    <message>
        <source>This candidate is registered here already (record %1): nothing is saved twice.</source>
        <translation>This candidate is registered here already (record %1): nothing is saved twice.</translation>
    </message>
    <message>
        <source>This record has its review and photo already: a record is completed once, before sealing. A correction is a new version, made by the supervisor.</source>
        <translation>This record has its review and photo already: a record is completed once, before sealing. A correction is a new version, made by the supervisor.</translation>
    </message>
    <message>
        <source>Only a record saved from this card and not yet complete continues here.</source>
        <translation>Only a record saved from this card and not yet complete continues here.</translation>
    </message>
    <message>
        <source>Open a saved record first.</source>
        <translation>Open a saved record first.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>The desk is locked. Sign in again to go on; nothing was changed.</source>
        <translation>The desk is locked. Sign in again to go on; nothing was changed.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The day is open already.</source>
        <translation>The day is open already.</translation>
    </message>
    <message>
        <source>The check is still running: wait until every line has its answer.</source>
        <translation>The check is still running: wait until every line has its answer.</translation>
    </message>
    <message>
        <source>Write why the day opens despite the failed checks (at least %1 characters).</source>
        <translation>Write why the day opens despite the failed checks (at least %1 characters).</translation>
    </message>
    <message>
        <source>Some checks failed: the supervisor enters their user name and password to open the day anyway.</source>
        <translation>Some checks failed: the supervisor enters their user name and password to open the day anyway.</translation>
    </message>
    <message>
        <source>Only a supervisor can open the day despite failed checks.</source>
        <translation>Only a supervisor can open the day despite failed checks.</translation>
    </message>
    <message>
        <source>The check was made at %1: the desk is checked again now.</source>
        <translation>The check was made at %1: the desk is checked again now.</translation>
    </message>
    <message>
        <source>A new day has begun: the desk is checked again first.</source>
        <translation>A new day has begun: the desk is checked again first.</translation>
    </message>
    <message>
        <source>Finish or discard what is open first, then open the record from the list.</source>
        <translation>Finish or discard what is open first, then open the record from the list.</translation>
    </message>
    <message>
        <source>Only clerks and supervisors register candidates.</source>
        <translation>Only clerks and supervisors register candidates.</translation>
    </message>
    <message>
        <source>These details come from the ID card&apos;s chip and are not corrected by hand. If they are wrong, the candidate has the card corrected by the police first.</source>
        <translation>These details come from the ID card&apos;s chip and are not corrected by hand. If they are wrong, the candidate has the card corrected by the police first.</translation>
    </message>
    <message>
        <source>These details were corrected since: open the record&apos;s newest version from the list.</source>
        <translation>These details were corrected since: open the record&apos;s newest version from the list.</translation>
    </message>
    <message>
        <source>This account was disabled while signed in: nothing more is saved under it. Log out and ask the supervisor.</source>
        <translation>This account was disabled while signed in: nothing more is saved under it. Log out and ask the supervisor.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RegistrationGate</name>
    <message>
        <source>Registration has not opened yet: this point registers from %1. Records already started can still be finished.</source>
        <translation>Registration has not opened yet: this point registers from %1. Records already started can still be finished.</translation>
    </message>
    <message>
        <source>Registration closed at %1: no new candidate can be registered. Records already started can still be finished; send the day&apos;s records to the province.</source>
        <translation>Registration closed at %1: no new candidate can be registered. Records already started can still be finished; send the day&apos;s records to the province.</translation>
    </message>
    <message>
        <source>Registration is held: %1 records wait for the supervisor&apos;s decision (the province allows %2). The supervisor reviews them (day-end review), then the desk goes on.</source>
        <translation>Registration is held: %1 records wait for the supervisor&apos;s decision (the province allows %2). The supervisor reviews them (day-end review), then the desk goes on.</translation>
    </message>
    <message>
        <source>Registration is held: %1 records have not reached the province (it allows %2). Connect the network and press Sync now, or export them to USB, then go on.</source>
        <translation>Registration is held: %1 records have not reached the province (it allows %2). Connect the network and press Sync now, or export them to USB, then go on.</translation>
    </message>
    <message numerus="yes">
        <source>Registration is held: the oldest record not yet sent was saved at %1, more than %n hour(s) ago. Connect the network and press Sync now, or export to USB, then go on.</source>
        <translation>
            <numerusform>Registration is held: the oldest record not yet sent was saved at %1, more than %n hour ago. Connect the network and press Sync now, or export to USB, then go on.</numerusform>
            <numerusform>Registration is held: the oldest record not yet sent was saved at %1, more than %n hours ago. Connect the network and press Sync now, or export to USB, then go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::RegularFile</name>
    <message>
        <source>There is no file %1. Check the path.</source>
        <translation>There is no file %1. Check the path.</translation>
    </message>
    <message>
        <source>RegPoint may not read %1 (permission denied). Copy the file to a folder RegPoint can read.</source>
        <translation>RegPoint may not read %1 (permission denied). Copy the file to a folder RegPoint can read.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file and the disk it is on.</source>
        <translation>Cannot read %1: %2. Check the file and the disk it is on.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3 are read). Check that it is the right file.</source>
        <translation>%1 is too large (%2; at most %3 are read). Check that it is the right file.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Name the file inside it.</source>
        <translation>%1 is a folder, not a file. Name the file inside it.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket) and is not read. Copy the content into a file and name that file.</source>
        <translation>%1 is not a regular file (it is a device, a pipe or a socket) and is not read. Copy the content into a file and name that file.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SerialPool</name>
    <message>
        <source>The province&apos;s settings list a number block of another point. The numbers already here stay in use; tell the exam office.</source>
        <translation>The province&apos;s settings list a number block of another point. The numbers already here stay in use; tell the exam office.</translation>
    </message>
    <message>
        <source>This point has no registration numbers left. The record is kept and gets its number when the point next reaches the province: connect the network and press Sync now.</source>
        <translation>This point has no registration numbers left. The record is kept and gets its number when the point next reaches the province: connect the network and press Sync now.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SessionLock</name>
    <message>
        <source>The desk is not locked.</source>
        <translation>The desk is not locked.</translation>
    </message>
    <message>
        <source>Only %1, who was working here, or a supervisor can unlock this desk.</source>
        <translation>Only %1, who was working here, or a supervisor can unlock this desk.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetArchive</name>
    <message>
        <source>The sheet could not be encrypted for the archive, so it was not printed. Call the technician.</source>
        <translation>The sheet could not be encrypted for the archive, so it was not printed. Call the technician.</translation>
    </message>
    <message>
        <source>The archived sheet is missing, damaged or was changed. Call the technician.</source>
        <translation>The archived sheet is missing, damaged or was changed. Call the technician.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetAssembly</name>
    <message>
        <source>This record is not at this point.</source>
        <translation>This record is not at this point.</translation>
    </message>
    <message>
        <source>The province has not sent this candidate&apos;s frozen form yet, so the sheet cannot be printed. Press Sync now; the forms arrive after registration closes.</source>
        <translation>The province has not sent this candidate&apos;s frozen form yet, so the sheet cannot be printed. Press Sync now; the forms arrive after registration closes.</translation>
    </message>
    <message>
        <source>This record no longer holds the candidate&apos;s photo and identity here (kept only until the province&apos;s retention period ended), so its sheet cannot be printed at this point. Ask the exam office.</source>
        <translation>This record no longer holds the candidate&apos;s photo and identity here (kept only until the province&apos;s retention period ended), so its sheet cannot be printed at this point. Ask the exam office.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetBatch</name>
    <message>
        <source>Every sheet whose form has arrived is printed. Forms arrive with each sync after registration closes.</source>
        <translation>Every sheet whose form has arrived is printed. Forms arrive with each sync after registration closes.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetPrinter</name>
    <message>
        <source>A sheet is printing; wait for it, or cancel it.</source>
        <translation>A sheet is printing; wait for it, or cancel it.</translation>
    </message>
    <message>
        <source>This candidate&apos;s form does not fit on one page, so the sheet is not printed (its signature lines would be cut). Tell the exam office.</source>
        <translation>This candidate&apos;s form does not fit on one page, so the sheet is not printed (its signature lines would be cut). Tell the exam office.</translation>
    </message>
    <message>
        <source>The candidate&apos;s form is gone.</source>
        <translation>The candidate&apos;s form is gone.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>No printer is set up at this desk, so sheets cannot be printed here. Ask the technician to set one up (kiosk.ini [printer]).</source>
        <translation>No printer is set up at this desk, so sheets cannot be printed here. Ask the technician to set one up (kiosk.ini [printer]).</translation>
    </message>
    <message>
        <source>Printing the sheet…</source>
        <translation>Printing the sheet…</translation>
    </message>
    <message>
        <source>Printing the sheet… %1</source>
        <translation>Printing the sheet… %1</translation>
    </message>
    <message>
        <source>The sheet is printed. Hand it to the candidate to check and sign. No page came out? Print it again.</source>
        <translation>The sheet is printed. Hand it to the candidate to check and sign. No page came out? Print it again.</translation>
    </message>
    <message>
        <source>The sheet did not print. %1 Fix it and print again.</source>
        <translation>The sheet did not print. %1 Fix it and print again.</translation>
    </message>
    <message>
        <source>This desk has no other printer to choose from.</source>
        <translation>This desk has no other printer to choose from.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SheetTemplate</name>
    <message>
        <source>The registration sheet&apos;s template is damaged (%1). Reinstall RegPoint or call the technician.</source>
        <translation>The registration sheet&apos;s template is damaged (%1). Reinstall RegPoint or call the technician.</translation>
    </message>
    <message>
        <source>RegPoint has no registration sheet for the %1 examination. Install the version of RegPoint for that year.</source>
        <translation>RegPoint has no registration sheet for the %1 examination. Install the version of RegPoint for that year.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SlipPrinter</name>
    <message>
        <source>Printing the slip was cancelled.</source>
        <translation>Printing the slip was cancelled.</translation>
    </message>
    <message>
        <source>No printer is set up at this desk: write the registration number down for the candidate.</source>
        <translation>No printer is set up at this desk: write the registration number down for the candidate.</translation>
    </message>
    <message>
        <source>Printing the slip…</source>
        <translation>Printing the slip…</translation>
    </message>
    <message>
        <source>Printing the slip… %1</source>
        <translation>Printing the slip… %1</translation>
    </message>
    <message>
        <source>Slip printed: hand it to the candidate. No paper came out? Print it again.</source>
        <translation>Slip printed: hand it to the candidate. No paper came out? Print it again.</translation>
    </message>
    <message>
        <source>The slip did not print. %1 Fix it and press Print the slip again, or write the registration number down for the candidate.</source>
        <translation>The slip did not print. %1 Fix it and press Print the slip again, or write the registration number down for the candidate.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SyncLedger</name>
    <message>
        <source>Record %1 has no sealed envelope, so it cannot be sent. Run the store check (regpointctl db check --deep) and call the technician.</source>
        <translation>Record %1 has no sealed envelope, so it cannot be sent. Run the store check (regpointctl db check --deep) and call the technician.</translation>
    </message>
    <message>
        <source>The province&apos;s answer for record %1 names no final state. Nothing was changed; call the technician.</source>
        <translation>The province&apos;s answer for record %1 names no final state. Nothing was changed; call the technician.</translation>
    </message>
    <message>
        <source>The province answered for other bytes than record %1 holds. Nothing was changed; call the technician.</source>
        <translation>The province answered for other bytes than record %1 holds. Nothing was changed; call the technician.</translation>
    </message>
    <message>
        <source>Choose approve or reject.</source>
        <translation>Choose approve or reject.</translation>
    </message>
    <message>
        <source>A rejection needs a reason. Write why the record is rejected, then reject it again.</source>
        <translation>A rejection needs a reason. Write why the record is rejected, then reject it again.</translation>
    </message>
    <message>
        <source>Only a saved and sealed record can be approved or rejected.</source>
        <translation>Only a saved and sealed record can be approved or rejected.</translation>
    </message>
    <message>
        <source>The province has already given its final answer for this record; a decision can no longer be changed here. Tell the exam office.</source>
        <translation>The province has already given its final answer for this record; a decision can no longer be changed here. Tell the exam office.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::SyncRun</name>
    <message>
        <source>An answer from the province did not carry a valid signature for this point&apos;s record. Sending has stopped and nothing was marked as received; call the technician.</source>
        <translation>An answer from the province did not carry a valid signature for this point&apos;s record. Sending has stopped and nothing was marked as received; call the technician.</translation>
    </message>
    <message>
        <source>Another program is sending this point&apos;s records right now; this run waits for the next turn.</source>
        <translation>Another program is sending this point&apos;s records right now; this run waits for the next turn.</translation>
    </message>
    <message>
        <source>This point is not provisioned yet, so nothing can be sent. Ask the technician to provision it.</source>
        <translation>This point is not provisioned yet, so nothing can be sent. Ask the technician to provision it.</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::UsbExport</name>
    <message>
        <source>%1 is not a folder this workstation can see. Plug in the USB drive, choose its folder, then export again.</source>
        <translation>%1 is not a folder this workstation can see. Plug in the USB drive, choose its folder, then export again.</translation>
    </message>
    <message>
        <source>Every record has already been answered for by the province: there is nothing to export.</source>
        <translation>Every record has already been answered for by the province: there is nothing to export.</translation>
    </message>
    <message>
        <source>Record %1 has no sealed envelope; nothing was exported. Run the store check and call the technician.</source>
        <translation>Record %1 has no sealed envelope; nothing was exported. Run the store check and call the technician.</translation>
    </message>
    <message>
        <source>This point is not provisioned yet, so it cannot sign an export. Ask the technician to provision it.</source>
        <translation>This point is not provisioned yet, so it cannot sign an export. Ask the technician to provision it.</translation>
    </message>
    <message>
        <source>The file on the drive does not read back as written (%1). Do not use this drive: plug in another one and export again. Nothing was marked as exported.</source>
        <translation>The file on the drive does not read back as written (%1). Do not use this drive: plug in another one and export again. Nothing was marked as exported.</translation>
    </message>
    <message>
        <source>The file on the drive holds other records than were written. Do not use this drive: plug in another one and export again. Nothing was marked as exported.</source>
        <translation>The file on the drive holds other records than were written. Do not use this drive: plug in another one and export again. Nothing was marked as exported.</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file.</source>
        <translation>Record %1 appears twice in the file.</translation>
    </message>
    <message>
        <source>Record %1&apos;s envelope does not match its manifest line.</source>
        <translation>Record %1&apos;s envelope does not match its manifest line.</translation>
    </message>
    <message>
        <source>Record %1&apos;s envelope does not verify: %2</source>
        <translation>Record %1&apos;s envelope does not verify: %2</translation>
    </message>
</context>
<context>
    <name>RegPoint::Kiosk::Workspace</name>
    <message>
        <source>Cannot create the data folder %1. Check the path and that the disk is writable.</source>
        <translation>Cannot create the data folder %1. Check the path and that the disk is writable.</translation>
    </message>
    <message>
        <source>No data folder was given (an empty path). Name the folder, e.g. --data-dir /var/lib/regpoint.</source>
        <translation>No data folder was given (an empty path). Name the folder, e.g. --data-dir /var/lib/regpoint.</translation>
    </message>
    <message>
        <source>%1 in the data folder is a symbolic link. RegPoint does not follow links inside its data folder; nothing was changed. Call the technician.</source>
        <translation>%1 in the data folder is a symbolic link. RegPoint does not follow links inside its data folder; nothing was changed. Call the technician.</translation>
    </message>
    <message>
        <source>The key file keys/local-data.key is not the key these records were saved with, so nothing was read or written. Do not create a new key: restore the point&apos;s key from its backup and call the technician.</source>
        <translation>The key file keys/local-data.key is not the key these records were saved with, so nothing was read or written. Do not create a new key: restore the point&apos;s key from its backup and call the technician.</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but this point&apos;s key is there: its records were removed. Nothing was changed. Call the technician to restore the database from the backup.</source>
        <translation>The database %1 is missing or empty, but this point&apos;s key is there: its records were removed. Nothing was changed. Call the technician to restore the database from the backup.</translation>
    </message>
</context>
<context>
    <name>SelfTestTr</name>
    <message>
        <source>No serial port: plug in the reader (its cable, its USB adapter).</source>
        <translation>No serial port: plug in the reader (its cable, its USB adapter).</translation>
    </message>
    <message>
        <source>No reader answered on %1. Check its cable and power.</source>
        <translation>No reader answered on %1. Check its cable and power.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RegPoint cannot start</source>
        <translation>RegPoint cannot start</translation>
    </message>
</context>
</TS>
