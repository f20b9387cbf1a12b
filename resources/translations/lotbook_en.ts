<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DatabaseCommands</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation>
            <numerusform>%n broken reference</numerusform>
            <numerusform>%n broken references</numerusform>
        </translation>
    </message>
</context>
</TS>
