<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassTallyView</name>
    <message numerus="yes">
        <source>Round %1: %n answers</source>
        <translation>
            <numerusform>Round %1: %n answer</numerusform>
            <numerusform>Round %1: %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on phones</source>
        <translation>
            <numerusform>%n on a phone</numerusform>
            <numerusform>%n on phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the app</source>
        <translation>
            <numerusform>%n in the app</numerusform>
            <numerusform>%n in the app</numerusform>
        </translation>
    </message>
</context>
</TS>
