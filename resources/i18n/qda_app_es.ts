<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="32"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="33"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="34"/>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="35"/>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="36"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="40"/>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Buscar en el documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="41"/>
        <source>Find in &amp;All Documents…</source>
        <translation>Buscar en &amp;todos los documentos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="42"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="43"/>
        <source>Switch &amp;Coder…</source>
        <translation>Cambiar de &amp;codificador…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="44"/>
        <source>&amp;Code Selection…</source>
        <translation>&amp;Codificar selección…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="45"/>
        <source>&amp;Quick Code</source>
        <translation>Codificación &amp;rápida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="46"/>
        <source>Code &amp;In Vivo</source>
        <translation>Codificar en &amp;vivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="47"/>
        <source>&amp;Remove Code from Quotation…</source>
        <translation>&amp;Quitar código de la cita…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="48"/>
        <source>&amp;Delete Quotation</source>
        <translation>&amp;Eliminar cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="49"/>
        <source>Co&amp;mment on Quotation…</source>
        <translation>Co&amp;mentar la cita…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="50"/>
        <source>Mark as Re&amp;presentative</source>
        <translation>Marcar como re&amp;presentativa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="51"/>
        <source>Table E&amp;xcerpt…</source>
        <translation>E&amp;xtracto para tablas…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="52"/>
        <source>Set Quotation &amp;Boundaries to Selection</source>
        <translation>Ajustar &amp;límites de la cita a la selección</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="53"/>
        <source>&amp;New Code…</source>
        <translation>&amp;Nuevo código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="54"/>
        <source>Re&amp;name Code…</source>
        <translation>Re&amp;nombrar código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="55"/>
        <source>Change &amp;Colour…</source>
        <translation>Cambiar &amp;color…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="56"/>
        <source>Edit &amp;Definition…</source>
        <translation>Editar &amp;definición…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="57"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="58"/>
        <source>&amp;Split Category…</source>
        <translation>&amp;Dividir categoría…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="59"/>
        <source>Merge Codes with the Same Na&amp;me…</source>
        <translation>Fusionar códigos con el mismo &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="61"/>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Eliminar código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="62"/>
        <source>New &amp;Memo…</source>
        <translation>Nuevo &amp;memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="63"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="64"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="65"/>
        <source>Colour by C&amp;oder</source>
        <translation>Colorear por c&amp;odificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="66"/>
        <source>Show Codings &amp;of…</source>
        <translation>Mostrar codificaciones &amp;de…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="67"/>
        <location filename="../../qda_app/gui/actions.py" line="69"/>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>&amp;Proyecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="68"/>
        <location filename="../../qda_app/gui/actions.py" line="70"/>
        <source>REFI-QDA &amp;Codebook (.qdc)…</source>
        <translation>&amp;Libro de códigos REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="71"/>
        <source>&amp;Report Workbook (.xlsx / .docx / .html)…</source>
        <translation>&amp;Informes (.xlsx / .docx / .html)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="73"/>
        <source>Report W&amp;ording…</source>
        <translation>&amp;Redacción de los informes…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="74"/>
        <source>&amp;Word Frequencies and Cloud…</source>
        <translation>&amp;Frecuencia de palabras y nube…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="76"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar desde una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="77"/>
        <source>Pseudonymise Cop&amp;y…</source>
        <translation>Cop&amp;ia seudonimizada…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="78"/>
        <source>&amp;Copy for Coder…</source>
        <translation>&amp;Copia para codificador…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="79"/>
        <source>&amp;Merge Coder&apos;s Copy…</source>
        <translation>&amp;Fusionar copia de un codificador…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="80"/>
        <source>Intercoder &amp;Agreement…</source>
        <translation>&amp;Acuerdo entre codificadores…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="82"/>
        <source>Ne&amp;xt Quotation</source>
        <translation>Cita si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="83"/>
        <source>Pre&amp;vious Quotation</source>
        <translation>Cita an&amp;terior</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="85"/>
        <source>&amp;Edit Document Text</source>
        <translation>&amp;Editar texto del documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="87"/>
        <source>Export Coded Document as &amp;PDF…</source>
        <translation>Exportar documento codificado como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="89"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="90"/>
        <source>New &amp;Network…</source>
        <translation>Nueva &amp;red…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="91"/>
        <source>&amp;Query Tool…</source>
        <translation>Herramienta de &amp;consultas…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="92"/>
        <source>Code &amp;Co-occurrence Explorer…</source>
        <translation>Explorador de &amp;coocurrencia de códigos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="94"/>
        <source>Code-&amp;Document Explorer…</source>
        <translation>Explorador código-&amp;documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="96"/>
        <source>Relation &amp;Types…</source>
        <translation>&amp;Tipos de relación…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="97"/>
        <source>Code &amp;Groups…</source>
        <translation>&amp;Grupos de códigos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="98"/>
        <source>Re&amp;late to Code…</source>
        <translation>Re&amp;lacionar con código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="99"/>
        <source>Add to Code &amp;Group…</source>
        <translation>Añadir a &amp;grupo de códigos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="101"/>
        <source>&amp;Link Quotation to…</source>
        <translation>&amp;Vincular cita con…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="103"/>
        <source>&amp;Attach Memo to…</source>
        <translation>&amp;Adjuntar memo a…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="104"/>
        <source>&amp;About qda_app</source>
        <translation>&amp;Acerca de qda_app</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="71"/>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="72"/>
        <source>Intercoder Agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="85"/>
        <source>Coders (two or more):</source>
        <translation>Codificadores (dos o más):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="86"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="89"/>
        <source>Only documents every chosen coder coded</source>
        <translation>Solo documentos codificados por todos los codificadores elegidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="92"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="97"/>
        <source>Codes:</source>
        <translation>Códigos:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="101"/>
        <source>Code group</source>
        <translation>Grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="102"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="104"/>
        <source>Code group: %1</source>
        <translation>Grupo de códigos: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="107"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="111"/>
        <source>Semantic domains:</source>
        <translation>Dominios semánticos:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="112"/>
        <source>Semantic domains</source>
        <translation>Dominios semánticos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="115"/>
        <source>Bootstrap confidence intervals</source>
        <translation>Intervalos de confianza bootstrap</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="120"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="121"/>
        <source>Resamples</source>
        <translation>Remuestreos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="124"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="125"/>
        <source>Resamples:</source>
        <translation>Remuestreos:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="126"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="129"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="142"/>
        <source>Agreement per code</source>
        <translation>Acuerdo por código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="143"/>
        <source>Agreement per semantic domain</source>
        <translation>Acuerdo por dominio semántico</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="144"/>
        <source>Per semantic domain and overall:</source>
        <translation>Por dominio semántico y global:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="146"/>
        <source>Per code:</source>
        <translation>Por código:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="153"/>
        <source>Coefficients</source>
        <translation>Coeficientes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="154"/>
        <source>Pairs of coders</source>
        <translation>Pares de codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="155"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="156"/>
        <source>Code × document</source>
        <translation>Código × documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="157"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="158"/>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="314"/>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="159"/>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="170"/>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="173"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="189"/>
        <source>Further measures</source>
        <translation>Otras medidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="195"/>
        <source>Segment agreement: minimum overlap</source>
        <translation>Acuerdo de segmentos: solapamiento mínimo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="196"/>
        <source>Segments match from:</source>
        <translation>Los segmentos coinciden desde:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="198"/>
        <source>Code × document table</source>
        <translation>Tabla código × documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="199"/>
        <source>α-binary</source>
        <translation>α binaria</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="200"/>
        <source>% agreement</source>
        <translation>% de acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="200"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="201"/>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="203"/>
        <source>Code × document table:</source>
        <translation>Tabla código × documento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="210"/>
        <source>Level of measurement</source>
        <translation>Nivel de medición</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="211"/>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="211"/>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="212"/>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="212"/>
        <source>ratio</source>
        <translation>razón</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="216"/>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="218"/>
        <source>cu-alpha reading for three or more coders</source>
        <translation>variante de cu-alfa para tres o más codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="219"/>
        <source>square of summed overlaps (default)</source>
        <translation>cuadrado de la suma de solapamientos (predeterminada)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="220"/>
        <source>sum of squared overlaps per coder</source>
        <translation>suma de cuadrados por codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="221"/>
        <source>cu-α with 3+ coders:</source>
        <translation>cu-α con 3+ codificadores:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="242"/>
        <source>reliable: α ≥ .800</source>
        <translation>fiable: α ≥ ,800</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="243"/>
        <source>tentative: .667 ≤ α &lt; .800</source>
        <translation>provisional: ,667 ≤ α &lt; ,800</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="244"/>
        <source>unreliable: α &lt; .667</source>
        <translation>no fiable: α &lt; ,667</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="245"/>
        <source>n/a: hover for the reason</source>
        <translation>n/d: pase el ratón para ver el motivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="248"/>
        <source>Krippendorff&apos;s reading:</source>
        <translation>Valoración según Krippendorff:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="288"/>
        <source>Computing agreement</source>
        <translation>Calculando el acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="199"/>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="317"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="204"/>
        <source>Alpha over passages as units</source>
        <translation>Alfa con fragmentos como unidades</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="205"/>
        <source>Krippendorff&apos;s alpha with each coded passage as a unit and each code as a value (Krippendorff 2011)</source>
        <translation>Alfa de Krippendorff con cada fragmento codificado como unidad y cada código como valor (Krippendorff 2011)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="313"/>
        <source>Left out (%1)</source>
        <translation>Excluidos (%1)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="318"/>
        <source>documents every coder coded</source>
        <translation>documentos codificados por todos los codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="319"/>
        <source>chosen documents</source>
        <translation>documentos elegidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="320"/>
        <source>Coders: %1. Documents (%2): %3. Characters compared: %4.</source>
        <translation>Codificadores: %1. Documentos (%2): %3. Caracteres comparados: %4.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="324"/>
        <source>Bootstrap: %1 resamples, seed %2, %3 % intervals.</source>
        <translation>Bootstrap: %1 remuestreos, semilla %2, intervalos al %3 %.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="329"/>
        <source>⚠ %1 parts of the project are not part of these figures: see “Left out”.</source>
        <translation>⚠ %1 partes del proyecto no entran en estas cifras: véase «Excluidos».</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="336"/>
        <source>Export Agreement Workbook</source>
        <translation>Exportar el libro de acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="338"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="357"/>
        <source>Writing the agreement workbook</source>
        <translation>Escribiendo el libro de acuerdo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../qda_app/gui/app.py" line="69"/>
        <location filename="../../qda_app/gui/app.py" line="72"/>
        <location filename="../../qda_app/gui/app.py" line="76"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/app.py" line="98"/>
        <source>Welcome to qda_app</source>
        <translation>Bienvenido a qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/app.py" line="99"/>
        <source>Your name as a coder (it is recorded with every coding):</source>
        <translation>Su nombre como codificador (se registra con cada codificación):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/app.py" line="136"/>
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
</context>
<context>
    <name>AttachMemoDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="19"/>
        <source>Attach Memo</source>
        <translation>Adjuntar memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="30"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="30"/>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="30"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="31"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="31"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="43"/>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="44"/>
        <source>Attach to a:</source>
        <translation>Adjuntar a un(a):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="45"/>
        <source>Which:</source>
        <translation>Cuál:</translation>
    </message>
</context>
<context>
    <name>AutoCodeDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="30"/>
        <source>Auto-code Hits</source>
        <translation>Autocodificar resultados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="34"/>
        <source>The matched text only</source>
        <translation>Solo el texto encontrado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="34"/>
        <source>Whole word</source>
        <translation>Palabra completa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="35"/>
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="35"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="36"/>
        <source>Speaker turn (“Alcalde: …”)</source>
        <translation>Turno de habla («Alcalde: …»)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="40"/>
        <source>Code to apply (an existing one, or a new name)</source>
        <translation>Código a aplicar (uno existente o un nombre nuevo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="51"/>
        <source>Tick All</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="51"/>
        <source>Tick None</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="55"/>
        <source>Code each hit&apos;s</source>
        <translation>Codificar de cada resultado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="56"/>
        <source>with the code</source>
        <translation>con el código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="115"/>
        <source>%1 of %2 passages ticked</source>
        <translation>%1 de %2 fragmentos marcados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="118"/>
        <source>Code %1 Passages</source>
        <translation>Codificar %1 fragmentos</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../qda_app/gui/backup_actions.py" line="99"/>
        <source>Backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/backup_actions.py" line="101"/>
        <source>Backup taken: %1</source>
        <translation>Copia de seguridad hecha: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/backup_actions.py" line="124"/>
        <source>This project has no backups yet.</source>
        <translation>Este proyecto aún no tiene copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>ByDocumentTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="178"/>
        <source>Code × document table</source>
        <translation>Tabla código × documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="187"/>
        <source>Choose a measure under “Code × document table” and compute.</source>
        <translation>Elija una medida en «Tabla código × documento» y calcule.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="191"/>
        <source>Each document compared on its own (measure: %1).</source>
        <translation>Cada documento comparado por separado (medida: %1).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="195"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="524"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="525"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="526"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="527"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="528"/>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y termina</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="529"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="530"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="531"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="532"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="533"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="534"/>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="535"/>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="536"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="537"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="538"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="539"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s valores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="540"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="541"/>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="542"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="543"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="544"/>
        <source>&apos;%(value)s&apos; is not a whole number</source>
        <translation>«%(value)s» no es un número entero</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="545"/>
        <source>&apos;%(value)s&apos; is not a number</source>
        <translation>«%(value)s» no es un número</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="546"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="547"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="548"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="549"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="550"/>
        <source>backup</source>
        <translation>copia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="551"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="552"/>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="553"/>
        <source>Qualitative data analysis: import transcripts, code them, compare coders, export tables. With no command, opens the program (the demo project if none is given).</source>
        <translation>Análisis cualitativo de datos: importe transcripciones, codifíquelas, compare codificadores y exporte cuadros. Sin una orden, abre el programa (con el proyecto de demostración si no se indica ninguno).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="554"/>
        <source>language of the messages and of the program window (default: the system&apos;s, from LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>idioma de los mensajes y de la ventana del programa (por omisión, el del sistema, según LC_ALL, LC_MESSAGES o LANG)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="555"/>
        <source>create an empty project file</source>
        <translation>crea un archivo de proyecto vacío</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="556"/>
        <source>import documents (files or folders)</source>
        <translation>importa documentos (archivos o carpetas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="557"/>
        <source>list the documents</source>
        <translation>lista los documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="558"/>
        <source>print the stored text of a document</source>
        <translation>muestra el texto guardado de un documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="559"/>
        <source>create a code; PATH is Category::Subcategory</source>
        <translation>crea un código; PATH es Categoría::Subcategoría</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="560"/>
        <source>list the code system with groundedness and density</source>
        <translation>lista el sistema de códigos con Enraizamiento y Densidad</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="561"/>
        <source>code a range [START, END) of a document (code points)</source>
        <translation>codifica el rango [START, END) de un documento (en puntos de código)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="562"/>
        <source>list quotations</source>
        <translation>lista las citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="563"/>
        <source>set document attributes from a CSV or Excel sheet (first column: document name)</source>
        <translation>asigna atributos de documento desde una hoja CSV o Excel (primera columna: nombre del documento)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="564"/>
        <source>build the demo project (the Puno study) and open it (--no-gui: only build)</source>
        <translation>crea el proyecto de demostración (el estudio de Puno) y lo abre (--no-gui: solo lo crea)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="565"/>
        <source>open a project in the program</source>
        <translation>abre un proyecto en el programa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="566"/>
        <source>replace a document&apos;s text by FILE&apos;s (a corrected transcript); quotations follow the edits</source>
        <translation>reemplaza el texto de un documento por el de FILE (una transcripción corregida); las citas siguen los cambios</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="567"/>
        <source>write a coded document with its margin as PDF</source>
        <translation>guarda un documento codificado con su margen como PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="568"/>
        <source>take a backup of a project now (kept in PROJECT.backups/)</source>
        <translation>hace ahora una copia de seguridad del proyecto (se guarda en PROJECT.backups/)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="569"/>
        <source>list a project&apos;s backups, newest first</source>
        <translation>lista las copias de seguridad de un proyecto, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="570"/>
        <source>replace a project by one of its backups (the replaced state is kept as PROJECT.before-restore-N)</source>
        <translation>reemplaza un proyecto por una de sus copias de seguridad (el estado reemplazado se conserva como PROJECT.before-restore-N)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="571"/>
        <source>write a copy of a project with names replaced in every document</source>
        <translation>guarda una copia del proyecto con nombres reemplazados en todos los documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="572"/>
        <source>create a project from a REFI-QDA .qdpx file</source>
        <translation>crea un proyecto a partir de un archivo REFI-QDA .qdpx</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="573"/>
        <source>write a project as a REFI-QDA .qdpx file</source>
        <translation>guarda un proyecto como archivo REFI-QDA .qdpx</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="574"/>
        <source>write the code system as a REFI-QDA .qdc</source>
        <translation>guarda el sistema de códigos como libro de códigos REFI-QDA .qdc</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="575"/>
        <source>merge a REFI-QDA codebook into a project</source>
        <translation>incorpora un libro de códigos REFI-QDA a un proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="576"/>
        <source>export the reports: FILE.xlsx, FILE.docx, FILE.html, or a folder for CSV files</source>
        <translation>exporta los informes: FILE.xlsx, FILE.docx, FILE.html o una carpeta para archivos CSV</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="577"/>
        <source>draw the category network as FILE.png, FILE.svg or FILE.pdf</source>
        <translation>dibuja la red de categorías como FILE.png, FILE.svg o FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="578"/>
        <source>word frequencies (speaker labels left out), optionally a word cloud</source>
        <translation>frecuencias de palabras (sin las etiquetas de hablante) y, si se pide, una nube de palabras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="579"/>
        <source>quotations by code as FILE.docx, FILE.html or FILE.pdf</source>
        <translation>citas por código como FILE.docx, FILE.html o FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="580"/>
        <source>the part of a quotation the category tables print (&apos;[…]&apos; shortens)</source>
        <translation>la parte de una cita que imprimen los cuadros de categorías («[…]» la acorta)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="581"/>
        <source>show or change the project&apos;s own stop words</source>
        <translation>muestra o cambia las palabras vacías propias del proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="582"/>
        <source>show or change how the Word tables are worded, per language</source>
        <translation>muestra o cambia la redacción de los cuadros de Word, por idioma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="583"/>
        <source>write a copy of the project for one coder to code in</source>
        <translation>guarda una copia del proyecto para que la codifique un codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="584"/>
        <source>merge coders&apos; copies into the project (one undoable step each)</source>
        <translation>fusiona en el proyecto las copias de los codificadores (un paso que se puede deshacer por copia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="585"/>
        <source>inter-coder agreement (Krippendorff&apos;s alpha family, kappas, segments); definitions in docs/agreement.md</source>
        <translation>acuerdo entre codificadores (familia alfa de Krippendorff, kappas, segmentos); definiciones en docs/agreement.md</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="586"/>
        <source>passages two coders coded differently, worst first</source>
        <translation>fragmentos que dos codificadores codificaron de forma distinta, los peores primero</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="587"/>
        <source>record consensus decisions in the &apos;Consensus&apos; coder layer</source>
        <translation>registra decisiones de consenso en la capa del codificador «Consensus»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="588"/>
        <source>two coder copies of the demo project, the second coder simulated</source>
        <translation>dos copias del proyecto de demostración para codificadores, el segundo codificador simulado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="589"/>
        <source>relate two codes: SOURCE RELATION TARGET</source>
        <translation>relaciona dos códigos: SOURCE RELATION TARGET</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="590"/>
        <source>remove a relation between two codes</source>
        <translation>quita una relación entre dos códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="591"/>
        <source>create a relation type (directed unless told otherwise)</source>
        <translation>crea un tipo de relación (dirigida, salvo que se indique otra cosa)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="592"/>
        <source>list relation types</source>
        <translation>lista los tipos de relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="593"/>
        <source>list code relations</source>
        <translation>lista las relaciones entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="594"/>
        <source>link two quotations: D:Q RELATION D:Q</source>
        <translation>vincula dos citas: D:Q RELATION D:Q</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="595"/>
        <source>remove a link between two quotations</source>
        <translation>quita un vínculo entre dos citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="596"/>
        <source>list quotation links</source>
        <translation>lista los vínculos entre citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="597"/>
        <source>create a code group, or change its codes</source>
        <translation>crea un grupo de códigos o cambia sus códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="598"/>
        <source>list code groups</source>
        <translation>lista los grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="599"/>
        <source>quotations matching a code query, e.g. &apos;&quot;A&quot; ENCLOSES &quot;B&quot;&apos;</source>
        <translation>citas que cumplen una consulta de códigos, p. ej. «&quot;A&quot; ENCLOSES &quot;B&quot;»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="600"/>
        <source>list smart codes (saved queries)</source>
        <translation>lista los códigos inteligentes (consultas guardadas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="601"/>
        <source>create a network or change its nodes</source>
        <translation>crea una red o cambia sus nodos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="602"/>
        <source>list saved networks with their nodes and links</source>
        <translation>lista las redes guardadas con sus nodos y vínculos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="603"/>
        <source>the project file (.qdaproj)</source>
        <translation>el archivo del proyecto (.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="604"/>
        <source>your name as coder (default: your user name)</source>
        <translation>su nombre como codificador (por omisión, su nombre de usuario)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="605"/>
        <source>put the imported documents in this document group</source>
        <translation>pone los documentos importados en este grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="606"/>
        <source>import files whose content is in the project already</source>
        <translation>importa también archivos cuyo contenido ya está en el proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="607"/>
        <source>print the result as JSON instead of a table</source>
        <translation>muestra el resultado como JSON en lugar de un cuadro</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="608"/>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="609"/>
        <source>definition of the code</source>
        <translation>definición del código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="610"/>
        <source>count only this coder&apos;s codings (repeatable)</source>
        <translation>cuenta solo las codificaciones de este codificador (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="611"/>
        <source>first merge codes whose names differ only in case, accents&apos; composition or spacing (Éxito / éxito) into the first of them</source>
        <translation>antes fusiona los códigos cuyos nombres solo difieren en mayúsculas, composición de los acentos o espacios (Éxito / éxito) en el primero de ellos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="612"/>
        <source>Create the quotation [START, END) of document DOC (or reuse this coder&apos;s quotation on exactly that range) and link the codes to it. Codes and coders that do not exist yet are created, so check the spelling of PATH; without --code the quotation stays uncoded. Prints the quotation ID D:Q.</source>
        <translation>Crea la cita [START, END) del documento DOC (o reutiliza la cita de este codificador exactamente en ese rango) y le asigna los códigos. Los códigos y codificadores que aún no existen se crean, así que revise cómo escribe PATH; sin --code la cita queda sin codificar. Muestra el ID de la cita D:Q.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="613"/>
        <source>document number (see: qda-app docs)</source>
        <translation>número del documento (véase: qda-app docs)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="614"/>
        <source>first character, counted from 0</source>
        <translation>primer carácter, contando desde 0</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="615"/>
        <source>character after the last one</source>
        <translation>carácter siguiente al último</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="616"/>
        <source>code path such as Category::Subcategory (repeatable)</source>
        <translation>ruta del código, como Categoría::Subcategoría (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="617"/>
        <source>who codes (default: the project&apos;s last coder)</source>
        <translation>quién codifica (por omisión, el último codificador del proyecto)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="618"/>
        <source>comment on the quotation</source>
        <translation>comentario de la cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="619"/>
        <source>print the quotation as JSON</source>
        <translation>muestra la cita como JSON</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="620"/>
        <source>--code also matches its sub-codes</source>
        <translation>--code incluye también sus subcódigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="621"/>
        <source>where to write it (default: your data folder)</source>
        <translation>dónde guardarlo (por omisión, su carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="622"/>
        <source>only build it</source>
        <translation>solo lo crea</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="623"/>
        <source>replace an existing file</source>
        <translation>reemplaza un archivo existente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="624"/>
        <source>document number (qda-app docs lists them)</source>
        <translation>número del documento (qda-app docs los lista)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="625"/>
        <source>the corrected text (plain text, any common encoding)</source>
        <translation>el texto corregido (texto plano, en cualquier codificación habitual)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="626"/>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se guarda</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="627"/>
        <source>how many backups to keep, 1 or more (the new one is always kept)</source>
        <translation>cuántas copias de seguridad conservar, 1 o más (la nueva siempre se conserva)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="628"/>
        <source>backup file (default: the newest)</source>
        <translation>copia de seguridad (por omisión, la más reciente)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="629"/>
        <source>the pseudonymised copy (.qdaproj)</source>
        <translation>la copia seudonimizada (.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="630"/>
        <source>repeatable, e.g. --replace &apos;Juan Pérez=E01&apos;</source>
        <translation>se puede repetir, p. ej. --replace &apos;Juan Pérez=E01&apos;</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="631"/>
        <source>CSV file with two columns: name, pseudonym</source>
        <translation>archivo CSV con dos columnas: nombre, seudónimo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="632"/>
        <source>replace the names in the coders&apos; names too</source>
        <translation>reemplaza los nombres también en los nombres de los codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="633"/>
        <source>replace names inside longer words as well (default: whole words only)</source>
        <translation>reemplaza los nombres también dentro de palabras más largas (por omisión, solo palabras completas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="634"/>
        <source>new project file</source>
        <translation>archivo del proyecto nuevo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="635"/>
        <source>your name as coder (default: the file&apos;s creating user)</source>
        <translation>su nombre como codificador (por omisión, el usuario que creó el archivo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="636"/>
        <source>import even when some of the file cannot be imported (what is left out is listed)</source>
        <translation>importa aunque parte del archivo no se pueda importar (se lista lo que queda fuera)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="637"/>
        <source>replace an existing file of that name (never a project)</source>
        <translation>reemplaza un archivo existente con ese nombre (nunca un proyecto)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="638"/>
        <source>order of subcategories in the category tables (tree: the codebook&apos;s order)</source>
        <translation>orden de las subcategorías en los cuadros de categorías (tree: el orden del libro de códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="639"/>
        <source>what a .docx holds, comma-separated: tables, networks, smart-codes, codebook, quotations (default: tables,networks,smart-codes)</source>
        <translation>qué contiene un .docx, separado por comas: tables (cuadros), networks (redes), smart-codes (códigos inteligentes), codebook (libro de códigos), quotations (citas) (por omisión: tables,networks,smart-codes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="640"/>
        <source>CSV separator and decimal mark (default: semicolon for es and pt, comma for en)</source>
        <translation>separador y signo decimal del CSV (por omisión: punto y coma para es y pt, coma para en)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="641"/>
        <source>language of headers and labels (default: the command line&apos;s language)</source>
        <translation>idioma de los encabezados y etiquetas (por omisión: el idioma de la línea de comandos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="681"/>
        <source>language of the workbook (default: the command line&apos;s language)</source>
        <translation>idioma del libro (por omisión: el idioma de la línea de comandos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="642"/>
        <source>only this coder&apos;s coding (repeatable)</source>
        <translation>solo la codificación de este codificador (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="643"/>
        <source>only documents of this document group (repeatable)</source>
        <translation>solo los documentos de este grupo de documentos (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="644"/>
        <source>only this document (repeatable)</source>
        <translation>solo este documento (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="645"/>
        <source>only this code and its sub-codes (repeatable)</source>
        <translation>solo este código y sus subcódigos (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="646"/>
        <source>only the codes of this code group (repeatable)</source>
        <translation>solo los códigos de este grupo de códigos (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="647"/>
        <source>only the quotations of this smart code, its query run now (repeatable)</source>
        <translation>solo las citas de este código inteligente, con su consulta ejecutada ahora (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="648"/>
        <source>draw this saved network instead of the code tree</source>
        <translation>dibuja esta red guardada en lugar del árbol de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="649"/>
        <source>count per whole corpus, document, document group or code</source>
        <translation>cuenta por corpus completo, documento, grupo de documentos o código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="650"/>
        <source>words per scope (default 30)</source>
        <translation>palabras por ámbito (por omisión, 30)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="651"/>
        <source>shipped stop list (auto: the texts&apos; language), with the project&apos;s changes</source>
        <translation>lista de palabras vacías incluida (auto: la del idioma de los textos), con los cambios del proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="652"/>
        <source>count speaker labels such as &apos;Alcalde:&apos;</source>
        <translation>cuenta las etiquetas de hablante como «Alcalde:»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="653"/>
        <source>also draw a word cloud: FILE.png or FILE.svg</source>
        <translation>dibuja además una nube de palabras: FILE.png o FILE.svg</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="654"/>
        <source>the excerpt; leave out to print the whole quotation again</source>
        <translation>el extracto; si se omite, se vuelve a imprimir la cita completa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="655"/>
        <source>who makes the change</source>
        <translation>quién hace el cambio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="656"/>
        <source>leave this word out (repeatable)</source>
        <translation>excluye esta palabra (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="657"/>
        <source>count this word although the shipped list leaves it out (repeatable)</source>
        <translation>cuenta esta palabra aunque la lista incluida la excluya (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="658"/>
        <source>the language whose wording is shown or changed (default: the command line&apos;s language)</source>
        <translation>el idioma cuya redacción se muestra o se cambia (por omisión: el idioma de la línea de comandos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="659"/>
        <source>set the caption (&apos;&apos; restores the default)</source>
        <translation>fija la palabra del título del cuadro (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="660"/>
        <source>set the category (&apos;&apos; restores the default)</source>
        <translation>fija el encabezado de la categoría (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="661"/>
        <source>set the subcategory (&apos;&apos; restores the default)</source>
        <translation>fija el encabezado de las subcategorías (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="662"/>
        <source>set the groundedness (&apos;&apos; restores the default)</source>
        <translation>fija el encabezado del Enraizamiento (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="663"/>
        <source>set the representative (&apos;&apos; restores the default)</source>
        <translation>fija el encabezado de las citas representativas (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="664"/>
        <source>set the cite (&apos;&apos; restores the default)</source>
        <translation>fija la palabra que precede al ID al citar, como «cita» en «cita 3:41» (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="665"/>
        <source>set the source line (&apos;&apos; restores the default)</source>
        <translation>fija la línea de fuente (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="666"/>
        <source>set the author (&apos;&apos; restores the default)</source>
        <translation>fija el autor (&apos;&apos; restablece el valor por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="667"/>
        <source>who codes in the copy</source>
        <translation>quién codifica en la copia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="668"/>
        <source>leave out the codings and quotations of others</source>
        <translation>excluye las codificaciones y las citas de los demás</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="669"/>
        <source>apply every removal and resize the coder made in the copy</source>
        <translation>aplica todas las eliminaciones y cambios de tamaño que el codificador hizo en la copia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="670"/>
        <source>apply decision N of the report (repeatable); the others stay pending</source>
        <translation>aplica la decisión N del informe (se puede repetir); las demás quedan pendientes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="671"/>
        <source>compare the codes of this code group (with --code: both)</source>
        <translation>compara los códigos de este grupo de códigos (con --code: ambos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="672"/>
        <source>compare these documents (default: those every coder coded)</source>
        <translation>compara estos documentos (por omisión, los codificados por todos los codificadores)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="673"/>
        <source>semantic domain (default: every top-level category with sub-codes)</source>
        <translation>dominio semántico (por omisión, cada categoría de primer nivel con subcódigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="674"/>
        <source>resamples for confidence intervals</source>
        <translation>remuestreos para los intervalos de confianza</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="675"/>
        <source>also segment agreement (MAXQDA): a segment matches when another coder&apos;s overlaps it by at least PERCENT of both together (MAXQDA&apos;s default is 90)</source>
        <translation>además, acuerdo por segmentos (MAXQDA): un segmento coincide cuando el de otro codificador se solapa con él en al menos PERCENT de ambos juntos (MAXQDA usa 90 por omisión)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="676"/>
        <source>also a code x document table of this measure</source>
        <translation>además, una tabla código × documento de esta medida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="677"/>
        <source>also Krippendorff&apos;s alpha over predefined units (passages as units, codes as values)</source>
        <translation>además, alfa de Krippendorff sobre unidades predefinidas (fragmentos como unidades, códigos como valores)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="678"/>
        <source>level of measurement of the codes as values (with --units)</source>
        <translation>nivel de medición de los códigos como valores (con --units)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="679"/>
        <source>reading of cu-/(k)u-alpha for 3+ coders (see docs/agreement.md)</source>
        <translation>variante de cu-/(k)u-alfa para 3 o más codificadores (véase docs/agreement.md)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="680"/>
        <source>also write the agreement workbook</source>
        <translation>guarda además el libro de acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="682"/>
        <source>list matched passages as well</source>
        <translation>lista también los fragmentos coincidentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="683"/>
        <source>only this passage (default: every unresolved one)</source>
        <translation>solo este fragmento (por omisión, todos los no resueltos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="684"/>
        <source>custom boundaries: first character (with --accept custom)</source>
        <translation>límites propios: primer carácter (con --accept custom)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="685"/>
        <source>custom boundaries: character after the last one</source>
        <translation>límites propios: carácter siguiente al último</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="686"/>
        <source>custom boundaries: the code(s) to keep, when the coders used different ones</source>
        <translation>límites propios: los códigos que se conservan, cuando los codificadores usaron códigos distintos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="687"/>
        <source>who decides (default: the project&apos;s last coder)</source>
        <translation>quién decide (por omisión, el último codificador del proyecto)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="688"/>
        <source>a demo project (qda-app demo PROJECT --no-gui)</source>
        <translation>un proyecto de demostración (qda-app demo PROJECT --no-gui)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="689"/>
        <source>code path</source>
        <translation>ruta del código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="690"/>
        <source>relation type, in English, Spanish or Portuguese</source>
        <translation>tipo de relación, en inglés, español o portugués</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="691"/>
        <source>A relates to B as B to A</source>
        <translation>A se relaciona con B como B con A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="692"/>
        <source>A-&gt;B and B-&gt;C imply A-&gt;C (no cycles)</source>
        <translation>A-&gt;B y B-&gt;C implican A-&gt;C (sin ciclos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="693"/>
        <source>short text drawn on network links</source>
        <translation>texto breve que se dibuja en los vínculos de la red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="694"/>
        <source>Spanish name</source>
        <translation>nombre en español</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="695"/>
        <source>Portuguese name</source>
        <translation>nombre en portugués</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="696"/>
        <source>a type for quotation links, not code relations</source>
        <translation>un tipo para vínculos entre citas, no para relaciones entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="697"/>
        <source>only the relations this code takes part in</source>
        <translation>solo las relaciones en las que participa este código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="698"/>
        <source>supports, contradicts, explains, continued by, ...</source>
        <translation>supports, contradicts, explains, continued by... (o su nombre en español)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="699"/>
        <source>delete the group (its codes stay)</source>
        <translation>elimina el grupo (sus códigos se conservan)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="700"/>
        <source>only documents in this document group (repeatable: any of them)</source>
        <translation>solo documentos de este grupo de documentos (se puede repetir: cualquiera de ellos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="701"/>
        <source>only codings by this coder (repeatable)</source>
        <translation>solo las codificaciones de este codificador (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="702"/>
        <source>only documents with this attribute value (repeatable: all of them)</source>
        <translation>solo documentos con este valor de atributo (se puede repetir: todos ellos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="703"/>
        <source>save the query as a smart code of this name</source>
        <translation>guarda la consulta como código inteligente con este nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="704"/>
        <source>code:PATH, quotation:D:Q, memo:TITLE, document:N, code_group:NAME, document_group:NAME</source>
        <translation>code:RUTA (código), quotation:D:Q (cita), memo:TÍTULO, document:N (documento), code_group:NOMBRE (grupo de códigos), document_group:NOMBRE (grupo de documentos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="705"/>
        <source>also add the neighbours of the nodes added</source>
        <translation>añade también los vecinos de los nodos añadidos</translation>
    </message>
</context>
<context>
    <name>CodeActions</name>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="40"/>
        <source>New Code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="41"/>
        <source>Name (Category::Code makes a sub-code):</source>
        <translation>Nombre (Categoría::Código crea un subcódigo):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="52"/>
        <source>Rename Code</source>
        <translation>Renombrar código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="52"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="63"/>
        <source>Code Colour</source>
        <translation>Color del código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="73"/>
        <source>Code Definition</source>
        <translation>Definición del código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="74"/>
        <source>Definition of “%1”:</source>
        <translation>Definición de «%1»:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="87"/>
        <source>Merge “%1” into</source>
        <translation>Fusionar «%1» con</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="101"/>
        <location filename="../../qda_app/gui/code_actions.py" line="112"/>
        <source>Merge Codes with the Same Name</source>
        <translation>Fusionar códigos con el mismo nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="102"/>
        <source>No two codes have the same name.</source>
        <translation>No hay dos códigos con el mismo nombre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qda_app/gui/code_actions.py" line="106"/>
        <source>… and %n more group(s)</source>
        <translation>
            <numerusform>… y %n grupo más</numerusform>
            <numerusform>… y %n grupos más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="108"/>
        <source>These codes have the same name, ignoring case, accents&apos; composition and spacing, and are one code for coding, merging and agreement:

%1

Merge each group into its first code? Codings, sub-codes, memos and links move over; Undo takes it back.</source>
        <translation>Estos códigos tienen el mismo nombre si se ignoran mayúsculas, la composición de los acentos y los espacios, y son un solo código al codificar, fusionar y calcular el acuerdo:

%1

¿Fusionar cada grupo en su primer código? Las codificaciones, subcódigos, memos y vínculos pasan a él; Deshacer lo revierte.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="125"/>
        <source>Split Category</source>
        <translation>Dividir categoría</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="125"/>
        <source>Sub-codes to move:</source>
        <translation>Subcódigos que se trasladan:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="127"/>
        <source>Name of the new category:</source>
        <translation>Nombre de la nueva categoría:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="134"/>
        <source>Split “%1”</source>
        <translation>Dividir «%1»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="149"/>
        <source>Delete the code “%1” and its sub-codes? %2 codings will be removed. You can undo this.</source>
        <translation>¿Eliminar el código «%1» y sus subcódigos? Se quitarán %2 codificaciones. Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="151"/>
        <source>Delete Code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="159"/>
        <source>Move codes</source>
        <translation>Mover códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="173"/>
        <source>The project (research journal)</source>
        <translation>El proyecto (diario de investigación)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="176"/>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="178"/>
        <source>Code “%1”</source>
        <translation>Código «%1»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="181"/>
        <source>Quotation %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="200"/>
        <source>Delete Memo</source>
        <translation>Eliminar memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="200"/>
        <source>Delete this memo? You can undo this.</source>
        <translation>¿Eliminar este memo? Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="209"/>
        <source>Show Codings Of</source>
        <translation>Mostrar codificaciones de</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="209"/>
        <source>Coders whose codings are shown:</source>
        <translation>Codificadores cuyas codificaciones se muestran:</translation>
    </message>
</context>
<context>
    <name>CodeChooser</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="41"/>
        <source>Code Selection</source>
        <translation>Codificar selección</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="48"/>
        <source>Type to find a code, or a new name (Category::Code)</source>
        <translation>Escriba para buscar un código, o un nombre nuevo (Categoría::Código)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="49"/>
        <source>Code name</source>
        <translation>Nombre del código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="53"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="55"/>
        <source>Enter applies the code named exactly as typed, or creates it; tick several to apply them together.</source>
        <translation>Intro aplica el código cuyo nombre es exactamente lo escrito, o lo crea; marque varios para aplicarlos juntos.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="69"/>
        <source>Recently used</source>
        <translation>Usados recientemente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="72"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="136"/>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
</context>
<context>
    <name>CodeGroupsDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="124"/>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="125"/>
        <source>Code Groups</source>
        <translation>Grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="126"/>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="127"/>
        <source>Codes in the group (tick to add, untick to remove):</source>
        <translation>Códigos del grupo (marque para añadir, desmarque para quitar):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="128"/>
        <source>New Group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="129"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="130"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="131"/>
        <source>Show Its Quotations</source>
        <translation>Mostrar sus citas</translation>
    </message>
</context>
<context>
    <name>CodePane</name>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="231"/>
        <location filename="../../qda_app/gui/views/code_tree.py" line="260"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="256"/>
        <location filename="../../qda_app/gui/views/code_tree.py" line="261"/>
        <source>Filter codes</source>
        <translation>Filtrar códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="257"/>
        <source>Code group</source>
        <translation>Grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="258"/>
        <source>Show the codes of one code group</source>
        <translation>Mostrar los códigos de un grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="262"/>
        <source>Code tree</source>
        <translation>Árbol de códigos</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="170"/>
        <source>Groundedness %1, density %2</source>
        <translation>Enraizamiento %1, densidad %2</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="175"/>
        <source>Code groups: %1</source>
        <translation>Grupos de códigos: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="178"/>
        <source>%1, groundedness %2, density %3</source>
        <translation>%1, enraizamiento %2, densidad %3</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="196"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="196"/>
        <source>{G-D}</source>
        <translation>{E-D}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="196"/>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="196"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="77"/>
        <source>Code Selection</source>
        <translation>Codificar selección</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="124"/>
        <source>Remove Code</source>
        <translation>Quitar código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="124"/>
        <source>Code to remove:</source>
        <translation>Código que se quita:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="193"/>
        <source>Coded %1 passages with %2</source>
        <translation>%1 fragmentos codificados con %2</translation>
    </message>
</context>
<context>
    <name>CoefficientTableModel</name>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="86"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="86"/>
        <source>α-binary</source>
        <translation>α binaria</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="86"/>
        <source>% agreement</source>
        <translation>% de acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="86"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="87"/>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="88"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="88"/>
        <source>u-α</source>
        <translation>u-α</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="88"/>
        <source>|u-α</source>
        <translation>|u-α</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="88"/>
        <source>cu-α</source>
        <translation>cu-α</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="88"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="103"/>
        <source>fewer than two coders coded here</source>
        <translation>menos de dos codificadores codificaron aquí</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="104"/>
        <source>Cohen&apos;s kappa compares exactly two coders</source>
        <translation>el kappa de Cohen compara exactamente dos codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="105"/>
        <source>no characters to compare</source>
        <translation>no hay caracteres que comparar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="106"/>
        <source>no compared coder applied this code</source>
        <translation>ningún codificador comparado aplicó este código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="107"/>
        <source>the coders&apos; passages never overlap</source>
        <translation>los fragmentos de los codificadores nunca se solapan</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="108"/>
        <source>no variation: agreement cannot be measured</source>
        <translation>sin variación: el acuerdo no se puede medir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="109"/>
        <source>a coder applied two codes of this domain to the same characters</source>
        <translation>un codificador aplicó dos códigos de este dominio a los mismos caracteres</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="110"/>
        <source>not computed for this comparison</source>
        <translation>no se calcula en esta comparación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="111"/>
        <source>no bootstrap resample gave a value</source>
        <translation>ningún remuestreo bootstrap dio un valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="112"/>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="113"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="116"/>
        <source>reliable (≥ .800)</source>
        <translation>fiable (≥ ,800)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="116"/>
        <source>tentative (≥ .667)</source>
        <translation>provisional (≥ ,667)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="117"/>
        <source>unreliable (&lt; .667)</source>
        <translation>no fiable (&lt; ,667)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="117"/>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="121"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="131"/>
        <source>n/a: %1</source>
        <translation>n/d: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="137"/>
        <source>%1 % bootstrap interval from %2 resamples</source>
        <translation>intervalo bootstrap al %1 % a partir de %2 remuestreos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="140"/>
        <source>no interval: %1</source>
        <translation>sin intervalo: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="152"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="152"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
</context>
<context>
    <name>CommentPane</name>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="39"/>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="60"/>
        <source>Select a quotation, a code or a document to comment on it.</source>
        <translation>Seleccione una cita, un código o un documento para comentarlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="56"/>
        <source>Write a comment here; it is saved as you type.</source>
        <translation>Escriba aquí un comentario; se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="57"/>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="58"/>
        <source>What the comment is about</source>
        <translation>Sobre qué es el comentario</translation>
    </message>
</context>
<context>
    <name>CopyForCoderDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="23"/>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="24"/>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="66"/>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="78"/>
        <source>Copy for Coder</source>
        <translation>Copia para codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="26"/>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="29"/>
        <source>Copy file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="32"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="37"/>
        <source>Blind: leave out other coders&apos; quotations and codings</source>
        <translation>A ciegas: sin las citas ni codificaciones de otros codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="40"/>
        <source>Coder&apos;s name:</source>
        <translation>Nombre del codificador:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="41"/>
        <source>Save the copy as:</source>
        <translation>Guardar la copia como:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="57"/>
        <source>Save the Coder&apos;s Copy</source>
        <translation>Guardar la copia del codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="58"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Proyectos de qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="66"/>
        <source>Give the coder&apos;s name and where to save the copy.</source>
        <translation>Indique el nombre del codificador y dónde guardar la copia.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="74"/>
        <source>Wrote %1 for %2.</source>
        <translation>Se guardó %1 para %2.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="76"/>
        <source>Left out %1 quotations and %2 codings of other coders.</source>
        <translation>Se omitieron %1 citas y %2 codificaciones de otros codificadores.</translation>
    </message>
</context>
<context>
    <name>CustomBoundariesDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="19"/>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="20"/>
        <source>Custom Boundaries</source>
        <translation>Límites personalizados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="23"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="23"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="31"/>
        <source>Codes to keep</source>
        <translation>Códigos que se conservan</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="38"/>
        <source>First character:</source>
        <translation>Primer carácter:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="39"/>
        <source>Character after the last:</source>
        <translation>Carácter tras el último:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="45"/>
        <source>Codes to keep:</source>
        <translation>Códigos que se conservan:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/common.py" line="18"/>
        <source>qda_app</source>
        <translation>qda_app</translation>
    </message>
</context>
<context>
    <name>DisagreementsPanel</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="74"/>
        <source>Coder A</source>
        <translation>Codificador A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="75"/>
        <source>Coder B</source>
        <translation>Codificador B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="76"/>
        <source>Show matched passages</source>
        <translation>Mostrar fragmentos coincidentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="77"/>
        <source>Coder A:</source>
        <translation>Codificador A:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="79"/>
        <source>Coder B:</source>
        <translation>Codificador B:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="89"/>
        <source>Passages</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="103"/>
        <source>Coder A&apos;s reading</source>
        <translation>Codificación del codificador A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="104"/>
        <source>Coder B&apos;s reading</source>
        <translation>Codificación del codificador B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="112"/>
        <source>Rationale for the decision (saved as a memo)</source>
        <translation>Justificación de la decisión (se guarda como memo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="113"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="117"/>
        <source>Accept A</source>
        <translation>Aceptar A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="117"/>
        <source>Accept B</source>
        <translation>Aceptar B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="117"/>
        <source>Union</source>
        <translation>Unión</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="118"/>
        <source>Intersection</source>
        <translation>Intersección</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="124"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="126"/>
        <source>Set the passage&apos;s boundaries and codes yourselves</source>
        <translation>Fijen ustedes los límites y los códigos del fragmento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="197"/>
        <source>%1: did not code this passage</source>
        <translation>%1: no codificó este fragmento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="206"/>
        <source>Select a passage to compare the coders&apos; readings.</source>
        <translation>Seleccione un fragmento para comparar cómo lo codificó cada codificador.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="210"/>
        <source>Passage %1 in document %2, domain “%3”: %4; characters %5–%6.</source>
        <translation>Fragmento %1 del documento %2, dominio «%3»: %4; caracteres %5–%6.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="215"/>
        <source>A consensus decision exists; a new one replaces it.</source>
        <translation>Ya hay una decisión de consenso; una nueva la reemplaza.</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="94"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="95"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="96"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="97"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="98"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="99"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="100"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="23"/>
        <source>Rename Document…</source>
        <translation>Renombrar documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="24"/>
        <source>Add to Group…</source>
        <translation>Añadir a grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="25"/>
        <source>Remove from Group…</source>
        <translation>Quitar del grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="26"/>
        <source>Set Attribute…</source>
        <translation>Asignar atributo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="28"/>
        <source>Delete Document…</source>
        <translation>Eliminar documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="30"/>
        <source>Import Attributes from CSV or Excel…</source>
        <translation>Importar atributos desde CSV o Excel…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="35"/>
        <source>Rename Document</source>
        <translation>Renombrar documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="35"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="44"/>
        <source>Delete document {number} &apos;{name}&apos; with its {count} quotations? You can undo this.</source>
        <translation>¿Eliminar el documento {number} «{name}» con sus {count} citas? Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="46"/>
        <source>Delete Document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="51"/>
        <source>Add to Group</source>
        <translation>Añadir a grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="51"/>
        <source>Document group (new or existing):</source>
        <translation>Grupo de documentos (nuevo o existente):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="60"/>
        <source>Remove from Group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="60"/>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="68"/>
        <location filename="../../qda_app/gui/document_actions.py" line="72"/>
        <source>Set Attribute</source>
        <translation>Asignar atributo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="69"/>
        <source>Attribute (e.g. provincia, gender):</source>
        <translation>Atributo (p. ej., provincia, género):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="72"/>
        <source>Value (empty removes it):</source>
        <translation>Valor (vacío lo elimina):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="80"/>
        <location filename="../../qda_app/gui/document_actions.py" line="86"/>
        <source>Import Attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="80"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="85"/>
        <source>No document is named: {names}</source>
        <translation>Ningún documento se llama: {names}</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../qda_app/gui/views/document_list.py" line="130"/>
        <location filename="../../qda_app/gui/views/document_list.py" line="143"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/document_list.py" line="139"/>
        <location filename="../../qda_app/gui/views/document_list.py" line="140"/>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/document_list.py" line="141"/>
        <source>Document group</source>
        <translation>Grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/document_list.py" line="144"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../qda_app/gui/models/document_model.py" line="148"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/document_model.py" line="148"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/document_model.py" line="148"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/document_model.py" line="148"/>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/document_model.py" line="148"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../qda_app/gui/views/document_view.py" line="79"/>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/document_view.py" line="80"/>
        <source>Document viewer</source>
        <translation>Visor de documentos</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="58"/>
        <source>Subcategories (codes without sub-codes)</source>
        <translation>Subcategorías (códigos sin subcódigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="59"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="59"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="63"/>
        <source>Counts (n12)</source>
        <translation>Frecuencias (n12)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="63"/>
        <source>c-coefficient</source>
        <translation>coeficiente c</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="65"/>
        <source>Counts</source>
        <translation>Frecuencias</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="65"/>
        <source>Normalised counts</source>
        <translation>Frecuencias normalizadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="66"/>
        <source>Row %</source>
        <translation>% de fila</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="66"/>
        <source>Column %</source>
        <translation>% de columna</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="71"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="72"/>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="80"/>
        <source>Document groups</source>
        <translation>Grupos de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="73"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="74"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="76"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="79"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="82"/>
        <source>Code groups</source>
        <translation>Grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="83"/>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="85"/>
        <source>Only documents in the groups (none: all):</source>
        <translation>Solo documentos de los grupos (ninguno: todos):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="87"/>
        <source>Only codes in the groups (none: all):</source>
        <translation>Solo códigos de los grupos (ninguno: todos):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="89"/>
        <source>Smart codes</source>
        <translation>Códigos inteligentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="91"/>
        <source>Only quotations of the smart codes (none: all):</source>
        <translation>Solo citas de los códigos inteligentes (ninguno: todas):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="96"/>
        <source>Export Table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="103"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="130"/>
        <source>Code Co-occurrence</source>
        <translation>Coocurrencia de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="130"/>
        <source>Codes and Documents</source>
        <translation>Códigos y documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="201"/>
        <source>%1 and %2 (n12 = %3)</source>
        <translation>%1 y %2 (n12 = %3)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="205"/>
        <source>all codes</source>
        <translation>todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="240"/>
        <source>Export Quotations</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="240"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="250"/>
        <source>Export Table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="250"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="82"/>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="83"/>
        <source>Text to find</source>
        <translation>Texto que se busca</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="84"/>
        <location filename="../../qda_app/gui/views/find_bar.py" line="85"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="86"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Buscar anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="88"/>
        <source>Find next (Enter)</source>
        <translation>Buscar siguiente (Intro)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="90"/>
        <source>Code Hits…</source>
        <translation>Codificar resultados…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="91"/>
        <source>Code every hit, widened to its word, sentence, paragraph or speaker turn</source>
        <translation>Codificar cada resultado, ampliado a su palabra, oración, párrafo o turno de habla</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="125"/>
        <source>No hits</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="127"/>
        <source>%1 hits</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="129"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="87"/>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="89"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="92"/>
        <source>Code all hits</source>
        <translation>Codificar todos los resultados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="93"/>
        <location filename="../../qda_app/gui/views/find_bar.py" line="94"/>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="95"/>
        <source>Find status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <location filename="../../qda_app/gui/models/hit_model.py" line="31"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/hit_model.py" line="31"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/hit_model.py" line="31"/>
        <source>Hit</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/hit_model.py" line="31"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="39"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="39"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="39"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="40"/>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="40"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="40"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="41"/>
        <source>Code links</source>
        <translation>Relaciones entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="41"/>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="41"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="42"/>
        <source>Codes created</source>
        <translation>Códigos creados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="42"/>
        <source>Codes matched by GUID</source>
        <translation>Códigos reconocidos por GUID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="43"/>
        <source>Codes matched by name</source>
        <translation>Códigos reconocidos por nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="44"/>
        <source>Definitions filled in</source>
        <translation>Definiciones completadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="44"/>
        <source>Groups created</source>
        <translation>Grupos creados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="45"/>
        <source>Group members added</source>
        <translation>Miembros de grupo añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="57"/>
        <source>Dropped or needing attention</source>
        <translation>Omitido o que requiere atención</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="58"/>
        <source>Changed or guessed</source>
        <translation>Cambios y supuestos</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../../qda_app/gui/integrity_watch.py" line="104"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="78"/>
        <source>Export REFI-QDA Project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="79"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="88"/>
        <source>Exporting the REFI-QDA project</source>
        <translation>Exportando el proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="90"/>
        <location filename="../../qda_app/gui/interop_actions.py" line="112"/>
        <source>REFI-QDA Export</source>
        <translation>Exportación REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="91"/>
        <source>Wrote %1. What REFI-QDA could not hold is listed below.</source>
        <translation>Se guardó %1. Abajo se lista lo que REFI-QDA no puede contener.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="100"/>
        <source>Export REFI-QDA Codebook</source>
        <translation>Exportar libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="101"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="110"/>
        <source>Exporting the codebook</source>
        <translation>Exportando el libro de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="113"/>
        <location filename="../../qda_app/gui/interop_actions.py" line="212"/>
        <source>Wrote %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="121"/>
        <source>Import REFI-QDA Project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="122"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Proyectos REFI-QDA (*.qdpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="126"/>
        <source>Save the Imported Project As</source>
        <translation>Guardar el proyecto importado como</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="128"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Proyectos de qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="133"/>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="147"/>
        <location filename="../../qda_app/gui/interop_actions.py" line="155"/>
        <source>REFI-QDA Import</source>
        <translation>Importación REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="148"/>
        <source>Created %1 from %2.</source>
        <translation>Se creó %1 a partir de %2.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="156"/>
        <source>%1 cannot be imported whole: %2 item(s) would be left out (see the details). Import the rest anyway? Nothing has been written yet.</source>
        <translation>%1 no se puede importar completo: %2 elemento(s) quedarían fuera (vea los detalles). ¿Importar el resto de todos modos? Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="160"/>
        <source>Import without Them</source>
        <translation>Importar sin ellos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="178"/>
        <source>Import REFI-QDA Codebook</source>
        <translation>Importar libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="179"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="184"/>
        <source>REFI-QDA Codebook Import</source>
        <translation>Importación de libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="185"/>
        <source>Merged the codebook %1 into this project (Edit &gt; Undo takes it back).</source>
        <translation>Se fusionó el libro de códigos %1 con este proyecto (Edición &gt; Deshacer lo revierte).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="198"/>
        <source>Export Report Workbook</source>
        <translation>Exportar el libro de informes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="199"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html)</source>
        <translation>Libro de Excel (*.xlsx);;Documento de Word (*.docx);;Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="209"/>
        <source>Exporting the reports</source>
        <translation>Exportando los informes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="211"/>
        <source>Report Workbook</source>
        <translation>Libro de informes</translation>
    </message>
</context>
<context>
    <name>LeftOutTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="246"/>
        <source>Left out of the comparison</source>
        <translation>Excluidos de la comparación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="256"/>
        <source>Nothing was left out: every figure rests on all chosen coders, codes and documents.</source>
        <translation>No se excluyó nada: cada cifra se basa en todos los codificadores, códigos y documentos elegidos.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="258"/>
        <source>These parts of the project are not part of the figures, for the reason given.</source>
        <translation>Estas partes del proyecto no entran en las cifras, por el motivo indicado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="214"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="215"/>
        <location filename="../../qda_app/gui/main_window.py" line="225"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Proyectos de qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="224"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="237"/>
        <source>Import Documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="238"/>
        <source>Documents (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;All files (*)</source>
        <translation>Documentos (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="325"/>
        <source>Coder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="327"/>
        <source>qda_app</source>
        <translation>qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="331"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 en %2 desde %3</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="332"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="333"/>
        <source>Read-only: this project is open for writing by %1. You can read and search, but not change it.</source>
        <translation>Solo lectura: %1 tiene este proyecto abierto para escritura. Puede leer y buscar, pero no modificarlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="352"/>
        <source>Switch Coder</source>
        <translation>Cambiar de codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="352"/>
        <source>Who is coding?</source>
        <translation>¿Quién codifica?</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="391"/>
        <source>About qda_app</source>
        <translation>Acerca de qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="392"/>
        <source>qda_app %1
Qualitative data analysis by hand: code interviews, compare coders, export Atlas.ti-style tables.</source>
        <translation>qda_app %1
Análisis cualitativo de datos con codificación manual: codifique entrevistas, compare codificadores y exporte tablas al estilo de ATLAS.ti.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="415"/>
        <location filename="../../qda_app/gui/main_window.py" line="416"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="420"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="428"/>
        <source>Current coder</source>
        <translation>Codificador actual</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="429"/>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="430"/>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="444"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="444"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="445"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="445"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>ManuscriptActions</name>
    <message>
        <location filename="../../qda_app/gui/manuscript_actions.py" line="45"/>
        <source>Table Excerpt</source>
        <translation>Extracto para tablas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/manuscript_actions.py" line="46"/>
        <source>The words of %1 that the category tables print; mark what you leave out with […]. Empty: the whole quotation.</source>
        <translation>Las palabras de %1 que imprimen las tablas de categorías; marque lo que omite con […]. Vacío: la cita completa.</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="79"/>
        <source>Quotation margin</source>
        <translation>Margen de citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="81"/>
        <source>Brackets showing each quotation&apos;s extent, ID and codes; click one to select it, right-click for its actions, drop a code on it to code it</source>
        <translation>Corchetes que muestran la extensión, el ID y los códigos de cada cita; haga clic para seleccionarla, clic derecho para sus acciones, suelte un código encima para codificarla</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="201"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="232"/>
        <source>%1 more quotations here: click to list them</source>
        <translation>%1 citas más aquí: haga clic para verlas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="247"/>
        <source>(no codes)</source>
        <translation>(sin códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="250"/>
        <source>Quotation %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="251"/>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="252"/>
        <source>Coder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="253"/>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="256"/>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="300"/>
        <source>Widen the margin to show them all</source>
        <translation>Ensanchar el margen para mostrarlas todas</translation>
    </message>
</context>
<context>
    <name>MemoPane</name>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="135"/>
        <source>About: %1 · by %2 · created %3 · modified %4</source>
        <translation>Sobre: %1 · de %2 · creado %3 · modificado %4</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="153"/>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="154"/>
        <source>Memo title</source>
        <translation>Título del memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="155"/>
        <source>Write the memo here: observations, decisions, ideas…</source>
        <translation>Escriba aquí el memo: observaciones, decisiones, ideas…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="156"/>
        <source>Memo text</source>
        <translation>Texto del memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="157"/>
        <source>Memo target and dates</source>
        <translation>Objeto y fechas del memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="158"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="159"/>
        <source>New Memo…</source>
        <translation>Nuevo memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="160"/>
        <source>Save Now</source>
        <translation>Guardar ya</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="161"/>
        <source>Memos are saved as you type; this saves at once</source>
        <translation>Los memos se guardan mientras escribe; esto guarda de inmediato</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="162"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>MemoTableModel</name>
    <message>
        <location filename="../../qda_app/gui/models/memo_model.py" line="39"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/memo_model.py" line="39"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/memo_model.py" line="39"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/memo_model.py" line="39"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="13"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="17"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="19"/>
        <source>&amp;Coding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="23"/>
        <source>Co&amp;des</source>
        <translation>Có&amp;digos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="26"/>
        <source>&amp;Memos</source>
        <translation>&amp;Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="27"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="30"/>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="31"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="33"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="37"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="38"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="42"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="43"/>
        <source>&amp;Panes</source>
        <translation>&amp;Paneles</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="24"/>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="25"/>
        <source>Merge Report</source>
        <translation>Informe de la fusión</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="29"/>
        <source>The coder changed what both sides share. Tick the changes to apply (the others stay as they are here):</source>
        <translation>El codificador cambió lo que ambas partes comparten. Marque los cambios que se aplican (los demás quedan como están aquí):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="34"/>
        <source>Pending decisions</source>
        <translation>Decisiones pendientes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="35"/>
        <source>Apply Ticked Changes</source>
        <translation>Aplicar los cambios marcados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="51"/>
        <source>Resize quotation %1 from [%2, %3) to [%4, %5) (%6&apos;s boundaries)</source>
        <translation>Cambiar los límites de la cita %1 de [%2, %3) a [%4, %5) (límites de %6)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="55"/>
        <source>Remove %1&apos;s coding of %2 with “%3” (removed in the copy)</source>
        <translation>Quitar la codificación de %2 con «%3» hecha por %1 (quitada en la copia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="89"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="89"/>
        <source>Quotation link</source>
        <translation>Vínculo entre citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="90"/>
        <source>Smart code</source>
        <translation>Código inteligente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="90"/>
        <source>Network node</source>
        <translation>Nodo de red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="91"/>
        <source>Memo attachment</source>
        <translation>Memo adjunto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="95"/>
        <source>both of its codes are one code here</source>
        <translation>sus dos códigos son aquí un mismo código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="96"/>
        <source>it would close a cycle of a transitive relation here</source>
        <translation>cerraría aquí un ciclo de una relación transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="97"/>
        <source>a quotation it needs was not carried (its passage differs in the copy)</source>
        <translation>no se trajo una cita que necesita (su fragmento difiere en la copia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="98"/>
        <source>both of its quotations are one quotation here</source>
        <translation>sus dos citas son aquí una misma cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="99"/>
        <source>a smart code of that name has another query here (kept)</source>
        <translation>aquí un código inteligente con ese nombre tiene otra consulta (se conserva)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="100"/>
        <source>its name is a code&apos;s here</source>
        <translation>su nombre es aquí el de un código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="101"/>
        <source>its query names something this project does not have</source>
        <translation>su consulta nombra algo que este proyecto no tiene</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="102"/>
        <source>its query would refer to itself here</source>
        <translation>su consulta se referiría aquí a sí misma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="114"/>
        <source>Quotations added</source>
        <translation>Citas añadidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="115"/>
        <source>Quotations already here</source>
        <translation>Citas ya presentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="116"/>
        <source>Codings added</source>
        <translation>Codificaciones añadidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="117"/>
        <source>Codings already here</source>
        <translation>Codificaciones ya presentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="118"/>
        <source>Codes added</source>
        <translation>Códigos añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="119"/>
        <source>Documents matched</source>
        <translation>Documentos reconocidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="120"/>
        <source>Documents added</source>
        <translation>Documentos añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="121"/>
        <source>Memos added</source>
        <translation>Memos añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="122"/>
        <source>Code links added</source>
        <translation>Relaciones entre códigos añadidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="123"/>
        <source>Quotation links added</source>
        <translation>Vínculos entre citas añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="124"/>
        <source>Groups added</source>
        <translation>Grupos añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="125"/>
        <source>Group members added</source>
        <translation>Miembros de grupos añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="126"/>
        <source>Smart codes added</source>
        <translation>Códigos inteligentes añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="127"/>
        <source>Networks added</source>
        <translation>Redes añadidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="128"/>
        <source>Network nodes added</source>
        <translation>Nodos de red añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="129"/>
        <source>Representative marks added</source>
        <translation>Marcas de representativa añadidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="130"/>
        <source>Coders added</source>
        <translation>Codificadores añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="137"/>
        <source>Corrected transcripts</source>
        <translation>Transcripciones corregidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="138"/>
        <source>Document %1 “%2” has a corrected text in the copy: %3 quotations moved onto this project&apos;s text, %4 not (their passage was edited).</source>
        <translation>El documento %1 «%2» tiene un texto corregido en la copia: %3 citas pasaron al texto de este proyecto, %4 no (su fragmento fue editado).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="143"/>
        <source>Not carried (the passage differs in the copy)</source>
        <translation>No trasladadas (el fragmento difiere en la copia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="144"/>
        <source>Quotation %1 of the copy, [%2, %3) “%4”, codes: %5</source>
        <translation>Cita %1 de la copia, [%2, %3) «%4», códigos: %5</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="148"/>
        <source>Analysis not carried</source>
        <translation>Análisis no traído</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="149"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="152"/>
        <source>The coder&apos;s changes</source>
        <translation>Cambios del codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="153"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="153"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="156"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="157"/>
        <source>Code renamed in the copy: kept “%1” (the copy calls it “%2”).</source>
        <translation>Código renombrado en la copia: se mantuvo «%1» (la copia lo llama «%2»).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="160"/>
        <source>Quotation %1: kept [%2, %3); the copy has [%4, %5).</source>
        <translation>Cita %1: se mantuvo [%2, %3); la copia tiene [%4, %5).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="164"/>
        <source>Renamed networks</source>
        <translation>Redes renombradas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="165"/>
        <source>The copy&apos;s network “%1” is “%2” here (the name was taken).</source>
        <translation>La red «%1» de la copia es aquí «%2» (el nombre estaba ocupado).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="168"/>
        <source>Renumbered quotations (cite the new IDs)</source>
        <translation>Citas renumeradas (cite los nuevos ID)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="169"/>
        <source>%1 in the copy is %2 here (its number was taken).</source>
        <translation>%1 de la copia es %2 aquí (su número estaba ocupado).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="172"/>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="173"/>
        <source>Coder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="175"/>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="177"/>
        <source>Document %1: %2</source>
        <translation>Documento %1: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="22"/>
        <source>{path}: no such project file</source>
        <translation>{path}: no existe ese archivo de proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="23"/>
        <source>{path}: a file of that name exists already</source>
        <translation>{path}: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="24"/>
        <source>{path}: not a qda_app project ({detail})</source>
        <translation>{path}: no es un proyecto de qda_app ({detail})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="25"/>
        <source>{path}: written by a newer version of qda_app (project schema version {found}; this version supports up to {supported}); update qda_app to change it</source>
        <translation>{path}: escrito por una versión más nueva de qda_app (versión de esquema del proyecto {found}; esta versión admite hasta {supported}); actualice qda_app para modificarlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="26"/>
        <source>{path}: open for writing by {holder} on {host} (process {pid}) since {since}; close it there. If that program is no longer running (a crash, another computer switched off), delete the lock file {path}.lock and open the project again</source>
        <translation>{path}: abierto para escritura por {holder} en {host} (proceso {pid}) desde {since}; ciérrelo allí. Si ese programa ya no está en marcha (un cierre inesperado, otro equipo apagado), borre el archivo de bloqueo {path}.lock y vuelva a abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="27"/>
        <source>{path}: another program on this computer (process {pid}) has the project open for writing, although its lock file {lock} was deleted; close the project in that program and try again</source>
        <translation>{path}: otro programa de este equipo (proceso {pid}) tiene el proyecto abierto para escribir, aunque se borró su archivo de bloqueo {lock}; cierre el proyecto en ese programa e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="28"/>
        <source>{path}: permission denied ({detail}); ask the file&apos;s owner for access or copy it to a folder of yours</source>
        <translation>{path}: permiso denegado ({detail}); pida acceso al propietario del archivo o cópielo a una carpeta suya</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="29"/>
        <source>{path}: the lock file {lock} was removed or taken over by another program; to protect the project nothing more is saved from this window. Close the project and open it again</source>
        <translation>{path}: el archivo de bloqueo {lock} fue borrado o tomado por otro programa; para proteger el proyecto, esta ventana ya no guarda nada más. Cierre el proyecto y vuelva a abrirlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="30"/>
        <source>{path}: opened read-only, so it cannot be changed</source>
        <translation>{path}: abierto en solo lectura, no se puede modificar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="31"/>
        <source>{path}: the project file is damaged ({detail}); list its backups with &apos;qda-app backups {path}&apos; and restore one with &apos;qda-app restore&apos;</source>
        <translation>{path}: el archivo del proyecto está dañado ({detail}); liste sus copias de seguridad con «qda-app backups {path}» y restaure una con «qda-app restore»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="32"/>
        <source>{path}: the change could not be saved ({detail}); nothing was changed</source>
        <translation>{path}: no se pudo guardar el cambio ({detail}); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="33"/>
        <source>there is no document number {number}</source>
        <translation>no existe el documento número {number}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="34"/>
        <source>there is no quotation {quotation_id}</source>
        <translation>no existe la cita {quotation_id}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="35"/>
        <source>there is no code &apos;{path}&apos;</source>
        <translation>no existe el código «{path}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="36"/>
        <source>there is no coder &apos;{name}&apos;</source>
        <translation>no existe el codificador «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="37"/>
        <source>there is no {kind} group &apos;{name}&apos;</source>
        <translation>no existe el grupo de {kind} «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="38"/>
        <source>there is no memo {memo}</source>
        <translation>no existe el memo {memo}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="39"/>
        <source>[{start}, {end}) is not a range inside document {document} (0 to {length}, start before end)</source>
        <translation>[{start}, {end}) no es un rango dentro del documento {document} (de 0 a {length}, inicio antes del fin)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="40"/>
        <source>the {kind} name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de {kind} «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="41"/>
        <source>a {kind} named &apos;{name}&apos; exists already</source>
        <translation>ya existe un {kind} llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="42"/>
        <source>&apos;{value}&apos; is not a colour; use #RRGGBB</source>
        <translation>«{value}» no es un color; use #RRGGBB</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="43"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="44"/>
        <source>cannot move &apos;{path}&apos; to &apos;{target}&apos;: {reason}</source>
        <translation>no se puede mover «{path}» a «{target}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="45"/>
        <source>{file}: {reason} ({detail})</source>
        <translation>{file}: {reason} ({detail})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="46"/>
        <location filename="../../qda_app/gui/messages.py" line="47"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="54"/>
        <source>query syntax error at line {line}, column {column}: unexpected &apos;{found}&apos;; expected {expected_text}</source>
        <translation>error de sintaxis en la consulta, línea {line}, columna {column}: no se esperaba «{found}»; se esperaba {expected_text}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="55"/>
        <source>the query names &apos;{name}&apos;, which is not a code, smart code or code group</source>
        <translation>la consulta nombra «{name}», que no es un código, un código inteligente ni un grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="57"/>
        <source>{file}: not written: the pseudonymised copy still contains {names} (in {places}); add them to the names to replace (coder names need --coder-names)</source>
        <translation>{file}: no se guardó: la copia seudonimizada aún contiene {names} (en {places}); añádalos a los nombres que reemplazar (los nombres de codificadores necesitan --coder-names)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="48"/>
        <source>there is no {scope} relation type &apos;{name}&apos;; known types: {known}</source>
        <translation>no hay un tipo de relación de {scope} «{name}»; tipos conocidos: {known}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="49"/>
        <source>the {kind} &apos;{item}&apos; cannot be related to itself</source>
        <translation>{kind} «{item}» no puede relacionarse consigo mismo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="50"/>
        <source>&apos;{source}&apos; {relation} &apos;{target}&apos; would close a cycle of a transitive relation</source>
        <translation>«{source}» {relation} «{target}» cerraría un ciclo de una relación transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="51"/>
        <source>&apos;{source}&apos; {relation} &apos;{target}&apos; is not in the project</source>
        <translation>«{source}» {relation} «{target}» no está en el proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="52"/>
        <source>there is no network &apos;{name}&apos;</source>
        <translation>no hay una red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="53"/>
        <source>there is no smart code &apos;{name}&apos;</source>
        <translation>no hay un código inteligente «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="56"/>
        <source>the smart code &apos;{name}&apos; refers to itself ({path})</source>
        <translation>el código inteligente «{name}» se refiere a sí mismo ({path})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="58"/>
        <source>{path}: cannot be changed: {detail}</source>
        <translation>{path}: no se puede modificar: {detail}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="59"/>
        <source>query syntax error at line {line}, column {column}: the query ends too early; expected {expected_text}</source>
        <translation>error de sintaxis en la consulta, línea {line}, columna {column}: la consulta termina antes de tiempo; se esperaba {expected_text}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="63"/>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="64"/>
        <location filename="../../qda_app/gui/messages.py" line="82"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="65"/>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="66"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="67"/>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="68"/>
        <source>is not a text document (binary content)</source>
        <translation>no es un documento de texto (contenido binario)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="69"/>
        <source>has bytes that are invalid in every known text encoding</source>
        <translation>tiene bytes no válidos en todas las codificaciones de texto conocidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="70"/>
        <source>is damaged or truncated</source>
        <translation>está dañado o truncado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="71"/>
        <location filename="../../qda_app/gui/messages.py" line="93"/>
        <source>is password-protected</source>
        <translation>está protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="72"/>
        <location filename="../../qda_app/gui/messages.py" line="94"/>
        <source>expands to an unreasonable size (possible zip bomb)</source>
        <translation>se expande a un tamaño desmesurado (posible bomba zip)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="73"/>
        <source>contains unsafe XML (entity declarations)</source>
        <translation>contiene XML inseguro (declaraciones de entidades)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="74"/>
        <source>contains a file path that points outside the archive, or a link (refused)</source>
        <translation>contiene una ruta que apunta fuera del archivo, o un enlace (rechazado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="75"/>
        <source>has no text layer (a scanned PDF?); run OCR first</source>
        <translation>no tiene capa de texto (¿un PDF escaneado?); aplique OCR primero</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="76"/>
        <source>is not a supported format</source>
        <translation>no es un formato admitido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="77"/>
        <source>has the same content as a document already in the project</source>
        <translation>tiene el mismo contenido que un documento que ya está en el proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="81"/>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="83"/>
        <source>is not a REFI-QDA project archive (not a zip file)</source>
        <translation>no es un archivo de proyecto REFI-QDA (no es un archivo zip)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="84"/>
        <source>holds no project.qde, so it is not a REFI-QDA project</source>
        <translation>no contiene project.qde, así que no es un proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="85"/>
        <source>holds several .qde project files</source>
        <translation>contiene varios archivos de proyecto .qde</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="86"/>
        <source>is not a REFI-QDA file</source>
        <translation>no es un archivo REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="87"/>
        <source>is damaged: its XML is not well-formed</source>
        <translation>está dañado: su XML no está bien formado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="88"/>
        <source>contains unsafe XML (DOCTYPE or entity declarations) and was refused</source>
        <translation>contiene XML inseguro (DOCTYPE o declaraciones de entidades) y se rechazó</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="89"/>
        <source>is too large to import</source>
        <translation>es demasiado grande para importarlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="90"/>
        <source>has too many files inside</source>
        <translation>contiene demasiados archivos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="91"/>
        <source>contains a file path that points outside the archive (refused)</source>
        <translation>contiene una ruta que apunta fuera del archivo (rechazado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="92"/>
        <source>contains a symbolic link (refused)</source>
        <translation>contiene un enlace simbólico (rechazado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="95"/>
        <source>could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="96"/>
        <source>lacks the text of a document</source>
        <translation>le falta el texto de un documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="97"/>
        <source>cannot be imported without losing data</source>
        <translation>no se puede importar sin perder datos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="98"/>
        <source>was not written: a REFI-QDA codebook must hold at least one code</source>
        <translation>no se guardó: un libro de códigos REFI-QDA debe tener al menos un código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="102"/>
        <source>offsets in {source} read as {unit_words}{origin}{bom_words}: {reason_words}</source>
        <translation>posiciones de {source} leídas como {unit_words}{origin}{bom_words}: {reason_words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="103"/>
        <source>offsets in {count} document(s) read as code points: no character outside the BMP comes before their quotations, so code points and UTF-16 units agree</source>
        <translation>posiciones de {count} documento(s) leídas como puntos de código: ningún carácter fuera del BMP precede a sus citas, así que puntos de código y unidades UTF-16 coinciden</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="109"/>
        <source>{source} is a {source_kind} source; its {text_from} was imported as a text document with {quotations} quotation(s)</source>
        <translation>{source} es un documento de tipo {source_kind}; su {text_from} se importó como documento de texto con {quotations} cita(s)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="110"/>
        <source>{source} is a {source_kind} source without text; not imported</source>
        <translation>{source} es un documento de tipo {source_kind} sin texto; no se importó</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="113"/>
        <source>two {element} elements share the GUID {guid}; the second was given a new GUID</source>
        <translation>dos elementos {element} comparten el GUID {guid}; el segundo recibió un GUID nuevo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="114"/>
        <source>two {element} elements share the GUID {guid}; the second was left out</source>
        <translation>dos elementos {element} comparten el GUID {guid}; el segundo se omitió</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="115"/>
        <source>a {element} uses the GUID {guid} of a {first}; the {element} was given a new GUID</source>
        <translation>un elemento {element} usa el GUID {guid} de un elemento {first}; el elemento {element} recibió un GUID nuevo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="116"/>
        <source>a {element} uses the GUID {guid} of a {first}; the {element} was left out</source>
        <translation>un elemento {element} usa el GUID {guid} de un elemento {first}; el elemento {element} se omitió</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="180"/>
        <source>a code named &apos;{name}&apos; exists already</source>
        <translation>ya existe un código llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="181"/>
        <source>a smart code named &apos;{name}&apos; exists already</source>
        <translation>ya existe un código inteligente llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="182"/>
        <source>a network named &apos;{name}&apos; exists already</source>
        <translation>ya existe una red llamada «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="183"/>
        <source>a relation type named &apos;{name}&apos; exists already</source>
        <translation>ya existe un tipo de relación llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="184"/>
        <source>a code group named &apos;{name}&apos; exists already</source>
        <translation>ya existe un grupo de códigos llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="185"/>
        <source>a coder named &apos;{name}&apos; exists already</source>
        <translation>ya existe un codificador llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="186"/>
        <source>a document named &apos;{name}&apos; exists already</source>
        <translation>ya existe un documento llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="187"/>
        <source>the code name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de código «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="188"/>
        <source>the smart code name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de código inteligente «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="189"/>
        <source>the network name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de red «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="190"/>
        <source>the relation type name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de tipo de relación «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="191"/>
        <source>the code group name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de grupo de códigos «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="192"/>
        <source>the group name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de grupo «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="193"/>
        <source>the document name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de documento «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="194"/>
        <source>the attribute name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de atributo «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="195"/>
        <source>the coder name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>el nombre de codificador «{name}» no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="196"/>
        <source>there is no code group &apos;{name}&apos;</source>
        <translation>no existe el grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="197"/>
        <source>there is no document group &apos;{name}&apos;</source>
        <translation>no existe el grupo de documentos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="198"/>
        <source>the code &apos;{item}&apos; cannot be related to itself</source>
        <translation>el código «{item}» no se puede relacionar consigo mismo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="199"/>
        <source>the quotation &apos;{item}&apos; cannot be related to itself</source>
        <translation>la cita «{item}» no se puede relacionar consigo misma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="200"/>
        <source>the memo &apos;{item}&apos; cannot be related to itself</source>
        <translation>el memo «{item}» no se puede relacionar consigo mismo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="201"/>
        <source>there is no code relation type &apos;{name}&apos;; known types: {known}</source>
        <translation>no existe el tipo de relación entre códigos «{name}»; tipos existentes: {known}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="202"/>
        <source>there is no quotation relation type &apos;{name}&apos;; known types: {known}</source>
        <translation>no existe el tipo de relación entre citas «{name}»; tipos existentes: {known}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="205"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="206"/>
        <source>it is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="207"/>
        <source>it contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="208"/>
        <source>&apos;::&apos; separates the levels of a code</source>
        <translation>«::» separa los niveles de un código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="209"/>
        <source>a level of the code path is empty</source>
        <translation>un nivel de la ruta del código está vacío</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="212"/>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="213"/>
        <source>a code name in quotes</source>
        <translation>un nombre de código entre comillas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="214"/>
        <source>a proximity operator</source>
        <translation>un operador de proximidad</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="215"/>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="218"/>
        <source>qda-app: error: {message}</source>
        <translation>qda-app: error: {message}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="219"/>
        <source>qda-app: skipped: {message}</source>
        <translation>qda-app: omitido: {message}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="220"/>
        <source>qda-app: refused: {message}</source>
        <translation>qda-app: rechazado: {message}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="221"/>
        <source>  would be left out: {entry}</source>
        <translation>  se omitiría: {entry}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="222"/>
        <source>  left out: {entry}</source>
        <translation>  omitido: {entry}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="223"/>
        <source>qda-app: fix the file, or import with --accept-losses to leave these out</source>
        <translation>qda-app: corrija el archivo o importe con --accept-losses para omitir estos elementos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="224"/>
        <source>qda-app: interrupted; the project keeps every change that was completed</source>
        <translation>qda-app: interrumpido; el proyecto conserva todos los cambios que se completaron</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="225"/>
        <source>qda-app: internal error: {kind}: {detail} (details in {log})</source>
        <translation>qda-app: error interno: {kind}: {detail} (detalles en {log})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="226"/>
        <source>qda-app: note: the code &apos;{path}&apos; exists already</source>
        <translation>qda-app: nota: el código «{path}» ya existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="227"/>
        <source>qda-app: note: the code &apos;{path}&apos; exists already (colour and definition updated)</source>
        <translation>qda-app: nota: el código «{path}» ya existe (se actualizaron el color y la definición)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="228"/>
        <source>qda-app: merged {merged} into &apos;{kept}&apos;</source>
        <translation>qda-app: {merged} se fusionaron en «{kept}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="229"/>
        <source>qda-app: no duplicate codes</source>
        <translation>qda-app: no hay códigos duplicados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="230"/>
        <source>qda-app: note: {same} are one code by name; &apos;qda-app codes {project} --merge-duplicates&apos; merges them</source>
        <translation>qda-app: nota: {same} son un solo código por su nombre; «qda-app codes {project} --merge-duplicates» los fusiona</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="231"/>
        <source>qda-app: warning: no document named &apos;{name}&apos;</source>
        <translation>qda-app: aviso: no hay ningún documento llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="232"/>
        <source>qda-app: no quotation matches the query in this scope</source>
        <translation>qda-app: ninguna cita cumple la consulta en este alcance</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="233"/>
        <source>qda-app: saved as the smart code &apos;{name}&apos; ({count} quotations now)</source>
        <translation>qda-app: guardada como el código inteligente «{name}» (citas ahora: {count})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="234"/>
        <source>importing</source>
        <translation>importando</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="235"/>
        <source>reports</source>
        <translation>informes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="236"/>
        <source>{prog}: {message} (see {prog} --help)</source>
        <translation>{prog}: {message} (véase {prog} --help)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="237"/>
        <source>qda-app: warning: {file}: {warning}</source>
        <translation>qda-app: aviso: {file}: {warning}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="238"/>
        <source>qda-app: error: no display found for the program window; run it in a desktop session, or use the command-line verbs (qda-app --help)</source>
        <translation>qda-app: error: no hay pantalla para la ventana del programa; ábralo en una sesión de escritorio o use los comandos de la línea de comandos (qda-app --help)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="241"/>
        <source>{name}: use one of {choices}</source>
        <translation>{name}: use uno de estos valores: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="242"/>
        <source>{name}: &apos;{value}&apos; is not one of {choices}</source>
        <translation>{name}: «{value}» no es uno de estos valores: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="243"/>
        <source>{name}: name at least two different coders</source>
        <translation>{name}: indique al menos dos codificadores distintos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="244"/>
        <source>{name}: name exactly two coders</source>
        <translation>{name}: indique exactamente dos codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="245"/>
        <source>{name}: segment agreement compares exactly two coders</source>
        <translation>{name}: el acuerdo por segmentos compara exactamente dos codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="246"/>
        <source>{name}: give a number of resamples, 0 or more (got {value})</source>
        <translation>{name}: indique un número de remuestreos, 0 o más (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="247"/>
        <source>{name}: must be 1 or more (got {value})</source>
        <translation>{name}: debe ser 1 o más (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="248"/>
        <source>{name}: must be 1 or more (got {value}); the backup just taken is always kept</source>
        <translation>{name}: debe ser 1 o más (se recibió {value}); la copia de seguridad recién hecha siempre se conserva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="249"/>
        <source>{name}: give a percentage from 0 to 100</source>
        <translation>{name}: indique un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="250"/>
        <source>{name}: must be between 0 and 1 (got {value})</source>
        <translation>{name}: debe estar entre 0 y 1 (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="251"/>
        <source>{name}: the code &apos;{code}&apos; has no sub-codes</source>
        <translation>{name}: el código «{code}» no tiene subcódigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="252"/>
        <source>{name}: the quotation {quotation} does not exist</source>
        <translation>{name}: la cita {quotation} no existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="253"/>
        <source>{name}: the text between the ellipses must be words of quotation {quotation}, in order</source>
        <translation>{name}: el texto entre los puntos suspensivos debe ser palabras de la cita {quotation}, en su orden</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="254"/>
        <source>{name}: must not be empty</source>
        <translation>{name}: no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="255"/>
        <source>the smart code &apos;{smart_code}&apos; cannot be deleted: the smart code &apos;{used_by}&apos; uses it; delete or change that one first</source>
        <translation>no se puede eliminar el código inteligente «{smart_code}»: lo usa el código inteligente «{used_by}»; elimine o cambie primero ese</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="256"/>
        <source>{name}: the coders used different codes; say which to keep</source>
        <translation>{name}: los codificadores usaron códigos distintos; indique cuáles conservar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="257"/>
        <source>{name}: give start and end</source>
        <translation>{name}: indique el inicio y el final</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="258"/>
        <source>{name}: &apos;{decision}&apos; leaves nothing coded in this passage</source>
        <translation>{name}: «{decision}» no deja nada codificado en este fragmento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="259"/>
        <source>{name}: custom boundaries are decided one passage at a time</source>
        <translation>{name}: los límites personalizados se deciden fragmento por fragmento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="260"/>
        <source>{name}: is a folder, not a file</source>
        <translation>{name}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="261"/>
        <source>{name}: is a FIFO (named pipe), not a file</source>
        <translation>{name}: es una FIFO (tubería con nombre), no un archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="262"/>
        <source>{name}: is a socket, not a file</source>
        <translation>{name}: es un socket, no un archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="263"/>
        <source>{name}: is a device, not a file</source>
        <translation>{name}: es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="264"/>
        <source>{name}: is not a regular file</source>
        <translation>{name}: no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="265"/>
        <source>node {kind}:{target}: nothing with that id is in the project</source>
        <translation>nodo {kind}:{target}: no hay nada con ese id en el proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="266"/>
        <source>{name}: there is no document named &apos;{document}&apos;</source>
        <translation>{name}: no existe ningún documento llamado «{document}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="267"/>
        <source>{name}: not in the network &apos;{network}&apos;: {nodes}</source>
        <translation>{name}: no están en la red «{network}»: {nodes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="268"/>
        <source>{name}: the code &apos;{code}&apos; is not a number; the ordinal, interval and ratio levels need codes named by numbers</source>
        <translation>{name}: el código «{code}» no es un número; los niveles ordinal, de intervalo y de razón necesitan códigos con números por nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="269"/>
        <source>{name}: no names to replace (give --replace NAME=PSEUDONYM or --names-file)</source>
        <translation>{name}: no hay nombres que reemplazar (use --replace NOMBRE=SEUDÓNIMO o --names-file)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="270"/>
        <source>{name}: &apos;{value}&apos; is not NAME=VALUE</source>
        <translation>{name}: «{value}» no tiene la forma NOMBRE=VALOR</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="271"/>
        <source>{name}: &apos;{value}&apos; is not KIND:REF, with KIND one of {choices}</source>
        <translation>{name}: «{value}» no tiene la forma TIPO:REF, con TIPO uno de estos: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="272"/>
        <source>{name}: give --passage N, --start and --end</source>
        <translation>{name}: indique --passage N, --start y --end</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="273"/>
        <source>{name}: there is no passage {passage} (1 to {count})</source>
        <translation>{name}: no existe el fragmento {passage} (de 1 a {count})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="274"/>
        <source>{name}: the project has no backups</source>
        <translation>{name}: el proyecto no tiene copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="275"/>
        <source>{name}: expected NAME=PSEUDONYM, got &apos;{value}&apos;</source>
        <translation>{name}: se esperaba NOMBRE=SEUDÓNIMO y se recibió «{value}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="276"/>
        <source>{name}: no such file</source>
        <translation>{name}: no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="277"/>
        <source>{name}: a document length is negative</source>
        <translation>{name}: la longitud de un documento es negativa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="278"/>
        <source>{name}: &apos;{value}&apos; is not a quotation ID; write D:Q, e.g. 3:41</source>
        <translation>{name}: «{value}» no es un identificador de cita; escriba D:C, p. ej. 3:41</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="281"/>
        <source>created {project}</source>
        <translation>se creó {project}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="282"/>
        <source>wrote {path}</source>
        <translation>se guardó {path}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="283"/>
        <source>workbook written to {path}</source>
        <translation>libro de Excel guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="284"/>
        <source>demo project written to {path}</source>
        <translation>proyecto de demostración guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="285"/>
        <source>imported {number}: {name} ({chars} characters)</source>
        <translation>importado {number}: {name} ({chars} caracteres)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="286"/>
        <source>{imported} imported, {skipped} skipped as duplicates, {refused} refused</source>
        <translation>importados: {imported}; omitidos por duplicados: {skipped}; rechazados: {refused}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="287"/>
        <source>{values} values of {attributes} attributes set on {documents} documents</source>
        <translation>se asignaron {values} valores de {attributes} atributos en {documents} documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="288"/>
        <source>wrote {path}: {replacements} replacements in {documents} documents and {fields} other texts, {quotations} quotations realigned; no name is left in the file</source>
        <translation>se guardó {path}: {replacements} reemplazos en {documents} documentos y {fields} textos más, {quotations} citas realineadas; no queda ningún nombre en el archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="289"/>
        <source>restored {project} from {backup}; the replaced file is kept as {kept}</source>
        <translation>se restauró {project} desde {backup}; el archivo reemplazado se conserva como {kept}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="290"/>
        <source>{quotation}: excerpt set</source>
        <translation>{quotation}: extracto guardado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="291"/>
        <source>{quotation}: printed whole</source>
        <translation>{quotation}: se imprimirá completa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="292"/>
        <source>left out: {words}</source>
        <translation>excluidas: {words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="293"/>
        <source>counted: {words}</source>
        <translation>contadas: {words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="294"/>
        <source>removed {count} relations</source>
        <translation>se eliminaron {count} relaciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="295"/>
        <source>removed 1 relation</source>
        <translation>se eliminó 1 relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="296"/>
        <source>removed {count} links</source>
        <translation>se eliminaron {count} vínculos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="297"/>
        <source>removed 1 link</source>
        <translation>se eliminó 1 vínculo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="298"/>
        <source>deleted the code group &apos;{name}&apos;</source>
        <translation>se eliminó el grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="299"/>
        <source>{name}: {count} codes</source>
        <translation>{name}: {count} códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="300"/>
        <source>{name}: 1 code</source>
        <translation>{name}: 1 código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="301"/>
        <source>deleted the network &apos;{name}&apos;</source>
        <translation>se eliminó la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="302"/>
        <source>{name}: {count} nodes</source>
        <translation>{name}: {count} nodos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="303"/>
        <source>{name}: 1 node</source>
        <translation>{name}: 1 nodo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="304"/>
        <source>wrote {path} for {coder}</source>
        <translation>se guardó {path} para {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="305"/>
        <source>wrote {path} for {coder} (left out {quotations} quotations and {codings} codings of others)</source>
        <translation>se guardó {path} para {coder} (sin {quotations} citas ni {codings} codificaciones de otros)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="306"/>
        <source>{count} passages decided ({decision}) in the &apos;Consensus&apos; layer</source>
        <translation>{count} fragmentos decididos ({decision}) en la capa «Consensus»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="307"/>
        <source>{count} passages decided ({decision}) in the &apos;Consensus&apos; layer; {skipped} skipped (nothing left to code)</source>
        <translation>{count} fragmentos decididos ({decision}) en la capa «Consensus»; {skipped} omitidos (no quedaba nada que codificar)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="308"/>
        <source>1 passage decided ({decision}) in the &apos;Consensus&apos; layer</source>
        <translation>1 fragmento decidido ({decision}) en la capa «Consensus»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="309"/>
        <source>1 passage decided ({decision}) in the &apos;Consensus&apos; layer; {skipped} skipped (nothing left to code)</source>
        <translation>1 fragmento decidido ({decision}) en la capa «Consensus»; {skipped} omitidos (no quedaba nada que codificar)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="310"/>
        <source>{path} ({coder}, {codings} simulated codings)</source>
        <translation>{path} ({coder}, {codings} codificaciones simuladas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="311"/>
        <source>document {number}: the text is the same; nothing changed</source>
        <translation>documento {number}: el texto es el mismo; no cambió nada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="312"/>
        <source>document {number}: text replaced; quotations moved: {moved}; passages changed: {changed}</source>
        <translation>documento {number}: texto reemplazado; citas desplazadas: {moved}; fragmentos cambiados: {changed}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="313"/>
        <source>  {quotation}: its whole passage was deleted; kept as one character, codes intact (was: {before})</source>
        <translation>  {quotation}: se borró todo su fragmento; se conserva como un carácter, con sus códigos (era: {before})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="314"/>
        <source>{path}: pages: {pages}; quotations: {quotations}</source>
        <translation>{path}: páginas: {pages}; citas: {quotations}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="315"/>
        <source>  listed at the foot of their page for want of margin lanes (not drawn as brackets): {quotations}</source>
        <translation>  listadas al pie de su página por falta de carriles en el margen (sin corchete dibujado): {quotations}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="316"/>
        <source>merged {file}: {quotations} quotations, {codings} codings, {codes} codes, {documents} documents, {memos} memos added; {present} quotations were there already</source>
        <translation>fusionado {file}: se añadieron {quotations} citas, {codings} codificaciones, {codes} códigos, {documents} documentos y {memos} memos; {present} citas ya estaban</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="317"/>
        <source>  code renamed in the copy: kept &apos;{kept}&apos; (copy: &apos;{other}&apos;)</source>
        <translation>  código renombrado en la copia: se conserva «{kept}» (copia: «{other}»)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="318"/>
        <source>  quotation {copy} of the copy is {here} here (number taken)</source>
        <translation>  la cita {copy} de la copia es {here} aquí (número ocupado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="319"/>
        <source>  document {number} &apos;{name}&apos; has a corrected text in the copy: {carried} quotations moved onto the project&apos;s text, {not_carried} not</source>
        <translation>  el documento {number} «{name}» tiene un texto corregido en la copia: {carried} citas trasladadas al texto del proyecto, {not_carried} no</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="320"/>
        <source>warning: quotation {quotation} of the copy not carried: its passage was deleted in the copy ([{start}, {end}) &apos;{text}&apos;, codes: {codes})</source>
        <translation>aviso: la cita {quotation} de la copia no se trasladó: su fragmento se borró en la copia ([{start}, {end}) «{text}», códigos: {codes})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="321"/>
        <source>warning: quotation {quotation} of the copy not carried: its passage was edited in the copy ([{start}, {end}) &apos;{text}&apos;, codes: {codes})</source>
        <translation>aviso: la cita {quotation} de la copia no se trasladó: su fragmento se editó en la copia ([{start}, {end}) «{text}», códigos: {codes})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="322"/>
        <source>  decision {number}: resize quotation {quotation} from [{start}, {end}) to [{new_start}, {new_end}): applied</source>
        <translation>  decisión {number}: redimensionar la cita {quotation} de [{start}, {end}) a [{new_start}, {new_end}): aplicada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="323"/>
        <source>  decision {number}: resize quotation {quotation} from [{start}, {end}) to [{new_start}, {new_end}): pending</source>
        <translation>  decisión {number}: redimensionar la cita {quotation} de [{start}, {end}) a [{new_start}, {new_end}): pendiente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="324"/>
        <source>  decision {number}: remove {coder}&apos;s coding of {quotation} with &apos;{code}&apos;: applied</source>
        <translation>  decisión {number}: quitar la codificación de {coder} de {quotation} con «{code}»: aplicada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="325"/>
        <source>  decision {number}: remove {coder}&apos;s coding of {quotation} with &apos;{code}&apos;: pending</source>
        <translation>  decisión {number}: quitar la codificación de {coder} de {quotation} con «{code}»: pendiente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="326"/>
        <source>  {count} decisions pending: merge again with --accept-all or --accept N</source>
        <translation>  {count} decisiones pendientes: vuelva a fusionar con --accept-all o --accept N</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="327"/>
        <source>  1 decision pending: merge again with --accept-all or --accept N</source>
        <translation>  1 decisión pendiente: vuelva a fusionar con --accept-all o --accept N</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="328"/>
        <source>  analysis added: {counts}</source>
        <translation>  análisis añadido: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="329"/>
        <source>  network &apos;{copy}&apos; of the copy is &apos;{here}&apos; here (the name was taken)</source>
        <translation>  la red «{copy}» de la copia se llama aquí «{here}» (el nombre ya estaba ocupado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="330"/>
        <source>warning: relation &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: la relación «{name}» de la copia no se trasladó: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="331"/>
        <source>warning: quotation link &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: el vínculo entre citas «{name}» de la copia no se trasladó: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="332"/>
        <source>warning: smart code &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: el código inteligente «{name}» de la copia no se trasladó: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="333"/>
        <source>warning: network node &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: el nodo de red «{name}» de la copia no se trasladó: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="334"/>
        <source>warning: &apos;{name}&apos; ({kind}) of the copy not carried: {reason}</source>
        <translation>aviso: «{name}» ({kind}) de la copia no se trasladó: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="335"/>
        <source>both of its codes are one code here</source>
        <translation>sus dos códigos son aquí un mismo código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="336"/>
        <source>it would close a cycle of a transitive relation here</source>
        <translation>cerraría aquí un ciclo de una relación transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="337"/>
        <source>a quotation it needs was not carried (its passage differs in the copy)</source>
        <translation>no se trajo una cita que necesita (su fragmento difiere en la copia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="338"/>
        <source>both of its quotations are one quotation here</source>
        <translation>sus dos citas son aquí una misma cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="339"/>
        <source>a smart code of that name has another query here (kept)</source>
        <translation>aquí un código inteligente con ese nombre tiene otra consulta (se conserva)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="340"/>
        <source>its name is a code&apos;s here</source>
        <translation>su nombre es aquí el de un código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="341"/>
        <source>its query names something this project does not have</source>
        <translation>su consulta nombra algo que este proyecto no tiene</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="342"/>
        <source>its query would refer to itself here</source>
        <translation>su consulta se referiría aquí a sí misma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="343"/>
        <source>{count} groups</source>
        <translation>{count} grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="344"/>
        <source>1 group</source>
        <translation>1 grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="345"/>
        <source>{count} group members</source>
        <translation>{count} miembros de grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="346"/>
        <source>1 group member</source>
        <translation>1 miembro de grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="347"/>
        <source>{count} network nodes</source>
        <translation>{count} nodos de red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="348"/>
        <source>1 network node</source>
        <translation>1 nodo de red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="349"/>
        <source>coders: {coders}; documents: {documents} ({characters} characters)</source>
        <translation>codificadores: {coders}; documentos: {documents} ({characters} caracteres)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="350"/>
        <source>coders: {coders}; documents: none ({characters} characters)</source>
        <translation>codificadores: {coders}; documentos: ninguno ({characters} caracteres)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="351"/>
        <source>{first}, ... ({total} documents)</source>
        <translation>{first}, ... ({total} documentos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="352"/>
        <source>pairs of coders (all codes; each pair on the documents both coded):</source>
        <translation>pares de codificadores (todos los códigos; cada par en los documentos que ambos codificaron):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="353"/>
        <source>segments of {first} and {second} (matched when overlapping by at least {share}):</source>
        <translation>segmentos de {first} y {second} (coinciden cuando se solapan al menos en un {share}):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="354"/>
        <source>Brennan &amp; Prediger kappa: {kappa} (k = {count} codes)</source>
        <translation>kappa de Brennan y Prediger: {kappa} (k = {count} códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="355"/>
        <source>Brennan &amp; Prediger kappa: {kappa} (k = 1 code)</source>
        <translation>kappa de Brennan y Prediger: {kappa} (k = 1 código)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="356"/>
        <source>{measure} per code and document:</source>
        <translation>{measure} por código y documento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="357"/>
        <source>Krippendorff&apos;s alpha ({level}) over {units} passages as units, codes as values: {alpha} ({pairable_units} pairable units, {pairable_values} pairable values) - {reading}</source>
        <translation>alfa de Krippendorff ({level}) sobre {units} fragmentos como unidades y los códigos como valores: {alpha} ({pairable_units} unidades emparejables, {pairable_values} valores emparejables) - {reading}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="358"/>
        <source>Krippendorff: alpha &gt;= .800 reliable; .667 &lt;= alpha &lt; .800 tentative conclusions only. Definitions: docs/agreement.md</source>
        <translation>Krippendorff: con alfa &gt;= .800 los datos son fiables; con .667 &lt;= alfa &lt; .800 solo admiten conclusiones provisionales. Definiciones: docs/agreement.md</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="359"/>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="360"/>
        <source>overall (partial, see warnings)</source>
        <translation>global (parcial, véanse los avisos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="361"/>
        <source>all codes</source>
        <translation>todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="362"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="363"/>
        <source>{reading} (from {used} of {total} domains only)</source>
        <translation>{reading} (solo a partir de {used} de {total} dominios)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="364"/>
        <source>warning: {line}</source>
        <translation>aviso: {line}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="439"/>
        <source>{path}: not a qda_app project (an SQLite file of another program)</source>
        <translation>{path}: no es un proyecto de qda_app (es un archivo SQLite de otro programa)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="440"/>
        <source>{path}: not a qda_app project (an empty file)</source>
        <translation>{path}: no es un proyecto de qda_app (es un archivo vacío)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="441"/>
        <source>{path}: not a qda_app project (not an SQLite file)</source>
        <translation>{path}: no es un proyecto de qda_app (no es un archivo SQLite)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="442"/>
        <source>{path}: not a qda_app project: it is a folder</source>
        <translation>{path}: no es un proyecto de qda_app: es una carpeta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="443"/>
        <source>{path}: not a qda_app project: it is a FIFO (named pipe)</source>
        <translation>{path}: no es un proyecto de qda_app: es una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="444"/>
        <source>{path}: not a qda_app project: it is a socket</source>
        <translation>{path}: no es un proyecto de qda_app: es un socket</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="445"/>
        <source>{path}: not a qda_app project: it is a device</source>
        <translation>{path}: no es un proyecto de qda_app: es un dispositivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="446"/>
        <source>{path}: not a qda_app project: it is not a regular file</source>
        <translation>{path}: no es un proyecto de qda_app: no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="447"/>
        <source>{path}: not a qda_app project; restore replaces only a qda_app project</source>
        <translation>{path}: no es un proyecto de qda_app; restaurar solo reemplaza un proyecto de qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="448"/>
        <source>{path}: cannot be changed: the file is read-only (permission denied)</source>
        <translation>{path}: no se puede modificar: el archivo es de solo lectura (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="449"/>
        <source>{path}: cannot be changed: its folder is read-only (permission denied)</source>
        <translation>{path}: no se puede modificar: su carpeta es de solo lectura (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="450"/>
        <source>{path}: cannot be changed: the file or its folder cannot be written (read-only media or permissions)</source>
        <translation>{path}: no se puede modificar: no se puede escribir en el archivo o en su carpeta (soporte de solo lectura o permisos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="451"/>
        <source>{path}: cannot be changed: its folder is read-only and holds an unfinished -wal journal; copy the project with its -wal file to a writable folder</source>
        <translation>{path}: no se puede modificar: su carpeta es de solo lectura y contiene un diario -wal sin terminar; copie el proyecto con su archivo -wal a una carpeta en la que se pueda escribir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="452"/>
        <source>{path}: cannot be changed: its folder is read-only, so no lock file can be made ({error_text})</source>
        <translation>{path}: no se puede modificar: su carpeta es de solo lectura y no se puede crear el archivo de bloqueo ({error_text})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="453"/>
        <source>{path}: the lock file could not be written ({error_text}); nothing was changed</source>
        <translation>{path}: no se pudo escribir el archivo de bloqueo ({error_text}); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="454"/>
        <source>{path}: the change could not be saved: the disk is full ({error_text}); nothing was changed</source>
        <translation>{path}: no se pudo guardar el cambio: el disco está lleno ({error_text}); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="455"/>
        <source>cannot move &apos;{path}&apos; to &apos;{target}&apos;: a code cannot move below itself</source>
        <translation>no se puede mover «{path}» a «{target}»: un código no puede quedar debajo de sí mismo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="456"/>
        <source>cannot merge &apos;{path}&apos; into &apos;{target}&apos;: a code cannot be merged into itself or one of its sub-codes</source>
        <translation>no se puede fusionar «{path}» en «{target}»: un código no se puede fusionar consigo mismo ni con uno de sus subcódigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="459"/>
        <source>no root element</source>
        <translation>no tiene elemento raíz</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="460"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="461"/>
        <source>the archive holds no .qde file</source>
        <translation>el archivo comprimido no contiene ningún archivo .qde</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="462"/>
        <source>the root element is {root}, expected {expected}</source>
        <translation>el elemento raíz es {root}, se esperaba {expected}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="463"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="464"/>
        <source>{member}: {size} bytes</source>
        <translation>{member}: {size} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="465"/>
        <source>{size} bytes in all</source>
        <translation>{size} bytes en total</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="466"/>
        <source>{member}: compression ratio {ratio}</source>
        <translation>{member}: razón de compresión {ratio}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="467"/>
        <source>{member}: more than the {size} bytes it declares</source>
        <translation>{member}: más de los {size} bytes que declara</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="468"/>
        <source>{member}: more than the bytes it declares</source>
        <translation>{member}: más bytes de los que declara</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="469"/>
        <source>the project has no codes</source>
        <translation>el proyecto no tiene códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="470"/>
        <source>{count} items would be left out; nothing was imported</source>
        <translation>{count} elementos quedarían fuera; no se importó nada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="471"/>
        <source>1 item would be left out; nothing was imported</source>
        <translation>1 elemento quedaría fuera; no se importó nada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="474"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="475"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="476"/>
        <source>chars</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="477"/>
        <source>quotations</source>
        <translation>citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="478"/>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="480"/>
        <source>G</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="481"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="482"/>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="483"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="484"/>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="485"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="486"/>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="487"/>
        <source>es</source>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="488"/>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="489"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="490"/>
        <source>behaviour</source>
        <translation>comportamiento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="491"/>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="492"/>
        <source>relation</source>
        <translation>relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="493"/>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="494"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="495"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="496"/>
        <source>smart code</source>
        <translation>código inteligente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="497"/>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="498"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="499"/>
        <source>nodes</source>
        <translation>nodos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="500"/>
        <source>links</source>
        <translation>vínculos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="501"/>
        <source>doc</source>
        <translation>doc.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="502"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="503"/>
        <source>range</source>
        <translation>rango</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="504"/>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="505"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="506"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="507"/>
        <source>done</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="508"/>
        <source>taken at</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="509"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="510"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="511"/>
        <source>entry</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="513"/>
        <source>quotation</source>
        <translation>cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="514"/>
        <source>directed</source>
        <translation>dirigida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="515"/>
        <source>symmetric</source>
        <translation>simétrica</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="516"/>
        <source>transitive</source>
        <translation>transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="517"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="518"/>
        <source>matched</source>
        <translation>coincidente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="519"/>
        <source>partial</source>
        <translation>límites distintos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="520"/>
        <source>missing</source>
        <translation>solo un codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="521"/>
        <source>confused</source>
        <translation>códigos distintos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="708"/>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="709"/>
        <source>no text in the {format} file (only whitespace or markup)</source>
        <translation>el archivo {format} no tiene texto (solo espacios o marcas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="710"/>
        <source>none of the {pages} pages has a text layer (a scanned document?); run OCR on it and import the result</source>
        <translation>ninguna de sus {pages} páginas tiene capa de texto (¿un documento escaneado?); aplíquele OCR e importe el resultado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="711"/>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="712"/>
        <source>password-protected PDF</source>
        <translation>PDF protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="713"/>
        <source>password-protected PDF; remove the password and import again</source>
        <translation>PDF protegido con contraseña; quite la contraseña y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="714"/>
        <source>password-protected OpenDocument file</source>
        <translation>archivo OpenDocument protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="715"/>
        <source>password-protected Office document (an OLE container, not a zip); remove the password in Word and import again</source>
        <translation>documento de Office protegido con contraseña (un contenedor OLE, no un zip); quite la contraseña en Word y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="716"/>
        <source>legacy Word 97-2003 document (.doc); save it as .docx and import again</source>
        <translation>documento antiguo de Word 97-2003 (.doc); guárdelo como .docx y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="717"/>
        <source>extension {extension} is not one of {supported}</source>
        <translation>la extensión {extension} no es ninguna de estas: {supported}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="718"/>
        <source>an Office lock file, not a document</source>
        <translation>un archivo de bloqueo de Office, no un documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="719"/>
        <source>{characters} characters of text; the limit is {limit}</source>
        <translation>{characters} caracteres de texto; el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="720"/>
        <source>more than {limit} characters of text</source>
        <translation>más de {limit} caracteres de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="721"/>
        <source>more than {limit} characters of text by page {page}</source>
        <translation>más de {limit} caracteres de texto al llegar a la página {page}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="722"/>
        <source>{size} bytes; the limit is {limit}</source>
        <translation>{size} bytes; el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="723"/>
        <source>more than {limit} bytes</source>
        <translation>más de {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="724"/>
        <source>not a regular file or folder (broken link, device...)</source>
        <translation>no es un archivo ni una carpeta normal (enlace roto, dispositivo...)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="725"/>
        <source>a folder, not a file</source>
        <translation>una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="726"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="727"/>
        <source>the file is a {kind}, not a document</source>
        <translation>el archivo es de tipo {kind}, no un documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="728"/>
        <source>the file is an {kind}</source>
        <translation>el archivo es de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="729"/>
        <source>the file is a zip archive, not a document</source>
        <translation>el archivo es un zip, no un documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="730"/>
        <source>not a {format} file: its leading bytes are not a PDF header</source>
        <translation>no es un archivo {format}: sus primeros bytes no son una cabecera PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="731"/>
        <source>not a {format} file: its leading bytes are not a zip archive</source>
        <translation>no es un archivo {format}: sus primeros bytes no son de un zip</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="732"/>
        <source>zip archive without the parts of a {format} document (or a damaged zip)</source>
        <translation>un zip sin las partes de un documento {format} (o un zip dañado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="733"/>
        <source>NUL byte at offset {offset}: not a text file</source>
        <translation>byte NUL en la posición {offset}: no es un archivo de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="734"/>
        <source>not valid UTF-8, cp1252 or ISO-8859-1, and no other encoding fits; save the file as UTF-8 and import again</source>
        <translation>no es UTF-8, cp1252 ni ISO-8859-1 válido y ninguna otra codificación encaja; guarde el archivo como UTF-8 y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="735"/>
        <source>damaged zip archive: {error}</source>
        <translation>archivo zip dañado: {error}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="736"/>
        <source>{members} members in the archive; the limit is {limit}</source>
        <translation>{members} elementos en el archivo zip; el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="737"/>
        <source>member &apos;{member}&apos; points outside the archive</source>
        <translation>el elemento «{member}» apunta fuera del archivo zip</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="738"/>
        <source>member &apos;{member}&apos; is a symbolic link</source>
        <translation>el elemento «{member}» es un enlace simbólico</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="739"/>
        <source>zip member &apos;{member}&apos; is encrypted</source>
        <translation>el elemento «{member}» del zip está cifrado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="740"/>
        <source>members inflate to more than {limit} bytes</source>
        <translation>los elementos se descomprimen en más de {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="741"/>
        <source>member &apos;{member}&apos; inflates {ratio}-fold ({compressed} -&gt; {size} bytes); the limit is {limit}</source>
        <translation>el elemento «{member}» se descomprime {ratio} veces ({compressed} -&gt; {size} bytes); el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="742"/>
        <source>{member}: {error} (DOCTYPE/ENTITY declarations are not allowed in a document)</source>
        <translation>{member}: {error} (en un documento no se admiten declaraciones DOCTYPE/ENTITY)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="743"/>
        <source>{member}: malformed XML ({error})</source>
        <translation>{member}: XML mal formado ({error})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="744"/>
        <source>not an RTF file: it does not start with an RTF header</source>
        <translation>no es un archivo RTF: no empieza con un encabezado RTF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="745"/>
        <source>NUL bytes: not a CSV text file</source>
        <translation>bytes NUL: no es un archivo de texto CSV</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="746"/>
        <source>needs a header row and a document column</source>
        <translation>necesita una fila de encabezados y una columna de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="749"/>
        <source>pages without text: {pages}</source>
        <translation>páginas sin texto: {pages}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="750"/>
        <source>PDF is encrypted without an opening password (owner password only)</source>
        <translation>el PDF está cifrado sin contraseña de apertura (solo contraseña de propietario)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="751"/>
        <source>control characters removed ({count})</source>
        <translation>caracteres de control eliminados ({count})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="752"/>
        <source>{count} byte sequence(s) are not valid UTF-8; shown as � on line {lines}</source>
        <translation>{count} secuencia(s) de bytes no son UTF-8 válido; se muestran como � en la línea {lines}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="753"/>
        <source>{count} byte sequence(s) are not valid UTF-8; shown as � on lines {lines}</source>
        <translation>{count} secuencia(s) de bytes no son UTF-8 válido; se muestran como � en las líneas {lines}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="754"/>
        <source>bytes invalid in {code_page} replaced with U+FFFD</source>
        <translation>bytes no válidos en {code_page} reemplazados por U+FFFD</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="755"/>
        <source>content is {found} although the name ends in {extension}</source>
        <translation>el contenido es {found} aunque el nombre termina en {extension}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="756"/>
        <source>encoding guessed as {encoding}</source>
        <translation>codificación deducida: {encoding}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="757"/>
        <source>encoding guessed as {encoding} (no byte-order mark)</source>
        <translation>codificación deducida: {encoding} (sin marca de orden de bytes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="758"/>
        <source>encoding guessed as {encoding} (uncertain)</source>
        <translation>codificación deducida: {encoding} (dudosa)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="759"/>
        <source>declared charset {declared} does not fit the bytes</source>
        <translation>el juego de caracteres declarado, {declared}, no encaja con los bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="28"/>
        <location filename="../../qda_app/gui/messages.py" line="365"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="366"/>
        <location filename="../../qda_app/gui/messages.py" line="479"/>
        <location filename="../../qda_app/gui/messages.py" line="512"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="367"/>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="368"/>
        <source>% agree</source>
        <translation>% acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="369"/>
        <source>coverage</source>
        <translation>cobertura</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="370"/>
        <source>reading</source>
        <translation>lectura</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="371"/>
        <source>coder A</source>
        <translation>codificador A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="372"/>
        <source>coder B</source>
        <translation>codificador B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="373"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="374"/>
        <source>agree</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="375"/>
        <source>disagree</source>
        <translation>desacuerdos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="376"/>
        <source>segments</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="377"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="378"/>
        <source>imported {path}: {counts}</source>
        <translation>se importó {path}: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="379"/>
        <source>exported {path}: {counts}</source>
        <translation>se exportó {path}: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="380"/>
        <source>merged {path}: {counts}</source>
        <translation>se fusionó {path}: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="381"/>
        <source>{count} documents</source>
        <translation>{count} documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="382"/>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="383"/>
        <source>{count} codes</source>
        <translation>{count} códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="384"/>
        <source>1 code</source>
        <translation>1 código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="385"/>
        <source>{count} quotations</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="386"/>
        <source>1 quotation</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="387"/>
        <source>{count} codings</source>
        <translation>{count} codificaciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="388"/>
        <source>1 coding</source>
        <translation>1 codificación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="389"/>
        <source>{count} coders</source>
        <translation>{count} codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="390"/>
        <source>1 coder</source>
        <translation>1 codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="391"/>
        <source>{count} memos</source>
        <translation>{count} memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="392"/>
        <source>1 memo</source>
        <translation>1 memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="393"/>
        <source>{count} code groups</source>
        <translation>{count} grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="394"/>
        <source>1 code group</source>
        <translation>1 grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="395"/>
        <source>{count} attributes</source>
        <translation>{count} atributos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="396"/>
        <source>1 attribute</source>
        <translation>1 atributo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="397"/>
        <source>{count} relations</source>
        <translation>{count} relaciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="398"/>
        <source>1 relation</source>
        <translation>1 relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="399"/>
        <source>{count} quotation links</source>
        <translation>{count} vínculos entre citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="400"/>
        <source>1 quotation link</source>
        <translation>1 vínculo entre citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="401"/>
        <source>{count} networks</source>
        <translation>{count} redes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="402"/>
        <source>1 network</source>
        <translation>1 red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="403"/>
        <source>{count} smart codes</source>
        <translation>{count} códigos inteligentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="404"/>
        <source>1 smart code</source>
        <translation>1 código inteligente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="405"/>
        <source>{count} codes matched by GUID</source>
        <translation>{count} códigos identificados por GUID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="406"/>
        <source>1 code matched by GUID</source>
        <translation>1 código identificado por GUID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="407"/>
        <source>{count} codes matched by path</source>
        <translation>{count} códigos identificados por su ruta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="408"/>
        <source>1 code matched by path</source>
        <translation>1 código identificado por su ruta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="409"/>
        <source>{count} codes created</source>
        <translation>{count} códigos creados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="410"/>
        <source>1 code created</source>
        <translation>1 código creado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="411"/>
        <source>{count} definitions filled</source>
        <translation>{count} definiciones completadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="412"/>
        <source>1 definition filled</source>
        <translation>1 definición completada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="413"/>
        <source>{count} code groups created</source>
        <translation>{count} grupos de códigos creados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="414"/>
        <source>1 code group created</source>
        <translation>1 grupo de códigos creado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="415"/>
        <source>{count} code group members added</source>
        <translation>{count} códigos añadidos a grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="416"/>
        <source>1 code group member added</source>
        <translation>1 código añadido a un grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="419"/>
        <source>{file}: is a qda_app project file; an output never replaces a project or its files, choose another name</source>
        <translation>{file}: es un archivo de proyecto de qda_app; una salida nunca reemplaza un proyecto ni sus archivos, elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="420"/>
        <source>{file}: belongs to the project {owner} (its journal, lock or backups); an output never replaces a project or its files, choose another name</source>
        <translation>{file}: pertenece al proyecto {owner} (su diario, su bloqueo o sus copias de seguridad); una salida nunca reemplaza un proyecto ni sus archivos, elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="421"/>
        <source>{file}: a file of that name exists already; choose another name (on the command line, --force replaces it)</source>
        <translation>{file}: ya existe un archivo con ese nombre; elija otro nombre (en la línea de comandos, --force lo reemplaza)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="422"/>
        <source>{file}: is not a demo project; the demo replaces only an earlier demo, choose another name</source>
        <translation>{file}: no es un proyecto de demostración; la demostración solo reemplaza una demostración anterior, elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="423"/>
        <source>{file}: is a folder; give a file name</source>
        <translation>{file}: es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="424"/>
        <source>{file}: is a FIFO (named pipe), not a file; give a file name</source>
        <translation>{file}: es una FIFO (tubería con nombre), no un archivo; indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="425"/>
        <source>{file}: is a socket, not a file; give a file name</source>
        <translation>{file}: es un socket, no un archivo; indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="426"/>
        <source>{file}: is a device, not a file; give a file name</source>
        <translation>{file}: es un dispositivo, no un archivo; indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="427"/>
        <source>{file}: is not a regular file; give a file name</source>
        <translation>{file}: no es un archivo normal; indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="428"/>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="429"/>
        <source>the CSV dialect must be one of {choices}</source>
        <translation>el dialecto CSV debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="430"/>
        <source>{file}: use a file name ending in {suffixes}</source>
        <translation>{file}: use un nombre de archivo terminado en {suffixes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="431"/>
        <source>{file}: use .xlsx, .docx, .html, or a folder for CSV files</source>
        <translation>{file}: use .xlsx, .docx, .html o una carpeta para archivos CSV</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="432"/>
        <source>{file}: the Word sections are {choices}</source>
        <translation>{file}: las secciones de Word son {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="433"/>
        <source>{file}: no words to draw (every word is a stop word or filtered out)</source>
        <translation>{file}: no hay palabras que dibujar (todas son palabras vacías o quedaron filtradas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="434"/>
        <source>{file}: no category has subcategories to draw</source>
        <translation>{file}: ninguna categoría tiene subcategorías que dibujar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="435"/>
        <source>{file}: the network &apos;{network}&apos; has no nodes to draw</source>
        <translation>{file}: la red «{network}» no tiene nodos que dibujar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="436"/>
        <source>{file}: a project cannot be merged into itself</source>
        <translation>{file}: un proyecto no se puede fusionar consigo mismo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="104"/>
        <source>{count} quotation(s) in {source} do not match the text they name</source>
        <translation>{count} cita(s) en {source} no coinciden con el texto que indican</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="105"/>
        <source>a quotation in {source} ran past the end of the text; cut at the end</source>
        <translation>una cita en {source} iba más allá del final del texto; se cortó al final</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="106"/>
        <source>a quotation in {source} has an impossible range ({start}, {end}); left out</source>
        <translation>una cita en {source} tiene un rango imposible ({start}, {end}); se omitió</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="107"/>
        <source>an empty quotation in {source} (at {start}) was left out</source>
        <translation>se omitió una cita vacía en {source} (en {start})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="108"/>
        <source>document {source} has no readable text ({reason}); left out</source>
        <translation>el documento {source} no tiene texto legible ({reason}); se omitió</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="111"/>
        <source>{source}: {count} {element_words} not imported ({codings} coding(s) on them): {reason_words}</source>
        <translation>{source}: {count} {element_words} no importado(s) ({codings} codificación(es) en ellos): {reason_words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="112"/>
        <source>{count} reference(s) to a missing {ref_kind} ({target}) were dropped</source>
        <translation>se descartaron {count} referencia(s) a un {ref_kind} inexistente ({target})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="117"/>
        <source>{count} identifier(s) were not GUIDs (e.g. &apos;{example}&apos;); new ones derived</source>
        <translation>{count} identificador(es) no eran GUID (p. ej. «{example}»); se derivaron otros nuevos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="118"/>
        <source>a {element} had no GUID; one was assigned</source>
        <translation>un {element} no tenía GUID; se le asignó uno</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="119"/>
        <source>&apos;{value}&apos; is not a colour ({element_name}); a default colour was used</source>
        <translation>«{value}» no es un color ({element_name}); se usó un color predeterminado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="120"/>
        <source>{element_name} was not UTF-8 ({encoding}); decoded</source>
        <translation>{element_name} no estaba en UTF-8 ({encoding}); se decodificó</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="121"/>
        <source>a file inside the archive had another name or folder than referenced; used it</source>
        <translation>un archivo dentro del paquete tenía otro nombre o carpeta que el indicado; se usó</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="122"/>
        <source>{count} date(s) without a time zone or unreadable (e.g. &apos;{example}&apos;); read as UTC</source>
        <translation>{count} fecha(s) sin zona horaria o ilegibles (p. ej. «{example}»); leídas como UTC</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="123"/>
        <source>{count} GUID(s) written with braces; normalised</source>
        <translation>{count} GUID escritos con llaves; normalizados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="124"/>
        <source>a variable value of {element_name} did not fit its type; kept as text</source>
        <translation>un valor de variable de {element_name} no correspondía a su tipo; se conservó como texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="125"/>
        <source>the file uses namespace &apos;{namespace}&apos;; read as REFI-QDA 1.0</source>
        <translation>el archivo usa el espacio de nombres «{namespace}»; se leyó como REFI-QDA 1.0</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="126"/>
        <source>{count} nameless case(s) read as document attributes</source>
        <translation>{count} caso(s) sin nombre leídos como atributos de documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="127"/>
        <source>{count} memo(s) attached through Links</source>
        <translation>{count} memo(s) vinculados mediante Links</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="128"/>
        <source>{count} coding(s) of the whole of {source} became a quotation of all its text</source>
        <translation>{count} codificación(es) de todo {source} se convirtieron en una cita de todo su texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="129"/>
        <source>{count} {variant} element(s) are not supported and were left out</source>
        <translation>{count} elemento(s) {variant} no se admiten y se omitieron</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="130"/>
        <source>the text of {source} was normalised (newlines, Unicode NFC); offsets converted</source>
        <translation>el texto de {source} se normalizó (saltos de línea, Unicode NFC); posiciones convertidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="131"/>
        <source>the description of {source} became a memo on that document</source>
        <translation>la descripción de {source} pasó a ser un memo de ese documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="132"/>
        <source>the text of memo {note} is missing; imported with an empty text</source>
        <translation>falta el texto del memo {note}; se importó con texto vacío</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="133"/>
        <source>{element} &apos;{name}&apos; renamed to &apos;{new_name}&apos;</source>
        <translation>{element} «{name}» renombrado como «{new_name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="134"/>
        <source>code &apos;{name}&apos; has the same name as its sibling &apos;{into}&apos; (ignoring case, Unicode composition and spacing); merged into it</source>
        <translation>el código «{name}» tiene el mismo nombre que su hermano «{into}» (sin contar mayúsculas, composición Unicode ni espacios); fusionado en él</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="135"/>
        <source>a repeated coding (same code and coder) in a quotation was merged</source>
        <translation>se fusionó una codificación repetida (mismo código y codificador) en una cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="136"/>
        <source>quotation IDs with gaps kept in the note &apos;qda_app quotation IDs&apos;</source>
        <translation>ID de citas con huecos conservados en la nota «qda_app quotation IDs»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="137"/>
        <source>the quotation ID table does not fit this file; quotations numbered in order</source>
        <translation>la tabla de ID de citas no corresponde a este archivo; citas numeradas en orden</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="138"/>
        <source>set &apos;{name}&apos; holds codes and documents; made a code group and a document group</source>
        <translation>el conjunto «{name}» contiene códigos y documentos; se creó un grupo de códigos y uno de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="139"/>
        <source>two values for one attribute of {source}; kept &apos;{kept}&apos;, ignored &apos;{ignored}&apos;</source>
        <translation>dos valores para un atributo de {source}; se conservó «{kept}», se ignoró «{ignored}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="140"/>
        <source>{what_words} cannot be stored in REFI-QDA and were not exported</source>
        <translation>{what_words}: no se pueden guardar en REFI-QDA y no se exportaron</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="144"/>
        <source>{count} representative mark(s)</source>
        <translation>{count} marca(s) de representativa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="145"/>
        <source>{count} table excerpt(s) of quotations</source>
        <translation>{count} extracto(s) de citas para tablas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="146"/>
        <source>the empty {kind} group &apos;{name}&apos;</source>
        <translation>el grupo de {kind} vacío «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="147"/>
        <source>UTF-16 units</source>
        <translation>unidades UTF-16</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="148"/>
        <source>code points</source>
        <translation>puntos de código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="149"/>
        <source>converted</source>
        <translation>convertidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="150"/>
        <source>used as they are</source>
        <translation>usadas tal cual</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="151"/>
        <source>, the byte-order mark counted as the first position</source>
        <translation>, con la marca de orden de bytes contada como primera posición</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="152"/>
        <source>the other reading gives offsets that cannot exist in the text</source>
        <translation>la otra interpretación da posiciones que no pueden existir en el texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="153"/>
        <source>{matched} of {tested} quoted texts match in this reading, more than in the other</source>
        <translation>{matched} de {tested} textos citados coinciden con esta interpretación, más que con la otra</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="154"/>
        <source>{on_boundaries} of {ends} quotation ends fall on word boundaries, clearly more than in the other reading</source>
        <translation>{on_boundaries} de {ends} extremos de citas caen en límites de palabra, claramente más que con la otra interpretación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="155"/>
        <source>the evidence in the file does not decide; this is the producer&apos;s convention</source>
        <translation>el archivo no basta para decidir; es la convención del programa que lo creó</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="156"/>
        <source>the evidence is too thin to tell code points from UTF-16 units; check the quotations of this document</source>
        <translation>no hay indicios suficientes para distinguir puntos de código de unidades UTF-16; revise las citas de este documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="157"/>
        <source>both readings agree</source>
        <translation>ambas interpretaciones coinciden</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="158"/>
        <source>PDF region(s)</source>
        <translation>región(es) de PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="159"/>
        <source>areas of a page, not text positions</source>
        <translation>son áreas de una página, no posiciones de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="160"/>
        <source>picture region(s)</source>
        <translation>región(es) de imagen</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="161"/>
        <source>areas of an image, not text positions</source>
        <translation>son áreas de una imagen, no posiciones de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="162"/>
        <source>audio time range(s)</source>
        <translation>intervalo(s) de audio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="163"/>
        <location filename="../../qda_app/gui/messages.py" line="165"/>
        <source>time ranges of a recording, not text positions</source>
        <translation>son intervalos de tiempo de una grabación, no posiciones de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="164"/>
        <source>video time range(s)</source>
        <translation>intervalo(s) de video</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="166"/>
        <source>transcript selection(s)</source>
        <translation>selección(es) de transcripción</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="167"/>
        <source>their sync points give no text position</source>
        <translation>sus puntos de sincronización no dan una posición en el texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="168"/>
        <source>transcript(s)</source>
        <translation>transcripción(es)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="169"/>
        <source>their text is not in the file</source>
        <translation>su texto no está en el archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="170"/>
        <source>sync point time stamp(s)</source>
        <translation>marca(s) de tiempo de puntos de sincronización</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="171"/>
        <source>a text document has no time line</source>
        <translation>un documento de texto no tiene línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="172"/>
        <source>coding(s) of the whole source</source>
        <translation>codificación(es) de toda la fuente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="173"/>
        <source>the source has no text to quote</source>
        <translation>la fuente no tiene texto que citar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="174"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="175"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="176"/>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <location filename="../../qda_app/gui/network/from_project.py" line="23"/>
        <source>Code group</source>
        <translation>Grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/from_project.py" line="24"/>
        <source>Document group</source>
        <translation>Grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/from_project.py" line="25"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/from_project.py" line="26"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="86"/>
        <source>New Network</source>
        <translation>Nueva red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="86"/>
        <source>Name of the network:</source>
        <translation>Nombre de la red:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="98"/>
        <source>Rename Network</source>
        <translation>Renombrar red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="98"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="104"/>
        <source>Delete the network “%1”? The codes, quotations and relations it shows stay in the project. You can undo this.</source>
        <translation>¿Eliminar la red «%1»? Los códigos, citas y relaciones que muestra quedan en el proyecto. Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="106"/>
        <source>Delete Network</source>
        <translation>Eliminar red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/refresh.py" line="120"/>
        <source>Network: %1</source>
        <translation>Red: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="227"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="228"/>
        <source>A %1 and a %2 cannot be linked. Link codes to codes (a relation), quotations to quotations, a quotation to a code (coding), a code to a code group, or a memo to anything.</source>
        <translation>Un(a) %1 y un(a) %2 no pueden vincularse. Vincule códigos con códigos (una relación), citas con citas, una cita con un código (codificación), un código con un grupo de códigos, o un memo con cualquier cosa.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="283"/>
        <source>Add neighbours</source>
        <translation>Añadir vecinos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="299"/>
        <source>Delete Relations</source>
        <translation>Eliminar relaciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="300"/>
        <source>Delete %1 relation(s) or link(s) from the project? Every network showing them loses them too. You can undo this.</source>
        <translation>¿Eliminar %1 relación(es) o vínculo(s) del proyecto? Desaparecen también de todas las redes que los muestran. Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="304"/>
        <source>Remove from network</source>
        <translation>Quitar de la red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="320"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="323"/>
        <source>Comment on Relation…</source>
        <translation>Comentar la relación…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="340"/>
        <source>Add Code Group</source>
        <translation>Añadir grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="341"/>
        <source>Add Document Group</source>
        <translation>Añadir grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="358"/>
        <source>Comment on Relation</source>
        <translation>Comentar la relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="358"/>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="368"/>
        <location filename="../../qda_app/gui/network_actions.py" line="373"/>
        <source>Export Network</source>
        <translation>Exportar red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="369"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="374"/>
        <source>%1: use .png, .svg or .pdf</source>
        <translation>%1: use .png, .svg o .pdf</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="121"/>
        <source>Draw Links</source>
        <translation>Dibujar vínculos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="122"/>
        <source>Drag from one node to another to link them (or hold Shift while dragging)</source>
        <translation>Arrastre de un nodo a otro para vincularlos (o mantenga Mayús al arrastrar)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="123"/>
        <location filename="../../qda_app/gui/network/editor.py" line="124"/>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="125"/>
        <source>Hierarchical</source>
        <translation>Jerárquica</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="125"/>
        <source>Radial</source>
        <translation>Radial</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="126"/>
        <source>Force-directed</source>
        <translation>Dirigida por fuerzas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="129"/>
        <source>Add Neighbours</source>
        <translation>Añadir vecinos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="130"/>
        <source>Add the codes related to the selected nodes (all nodes when none is selected)</source>
        <translation>Añadir los códigos relacionados con los nodos seleccionados (todos si no hay selección)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="131"/>
        <source>Remove from Network</source>
        <translation>Quitar de la red</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="132"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="133"/>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="134"/>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="135"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="136"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>NetworkListPane</name>
    <message numerus="yes">
        <location filename="../../qda_app/gui/views/network_list.py" line="68"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="74"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="75"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="76"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="77"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="78"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
</context>
<context>
    <name>NewMemoDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="12"/>
        <source>New Memo</source>
        <translation>Nuevo memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="14"/>
        <source>Memo title</source>
        <translation>Título del memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="16"/>
        <source>Memo is about</source>
        <translation>El memo trata sobre</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="21"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="22"/>
        <source>&amp;About:</source>
        <translation>&amp;Sobre:</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="81"/>
        <location filename="../../qda_app/gui/notes_actions.py" line="125"/>
        <location filename="../../qda_app/gui/notes_actions.py" line="139"/>
        <source>Comment on document %1</source>
        <translation>Comentario del documento %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="109"/>
        <location filename="../../qda_app/gui/notes_actions.py" line="133"/>
        <source>Comment on quotation %1</source>
        <translation>Comentario de la cita %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="117"/>
        <location filename="../../qda_app/gui/notes_actions.py" line="137"/>
        <source>Definition of code %1</source>
        <translation>Definición del código %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="183"/>
        <source>Recovered %1 unsaved text(s) from the last session.</source>
        <translation>Se recuperaron %1 texto(s) sin guardar de la sesión anterior.</translation>
    </message>
</context>
<context>
    <name>PairsTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="83"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="84"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="84"/>
        <source>α-binary (|u-α)</source>
        <translation>α binaria (|u-α)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="85"/>
        <source>% agreement</source>
        <translation>% de acuerdo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="88"/>
        <source>All codes pooled; each pair is compared on the documents both coders coded, exactly as if the two were compared alone.</source>
        <translation>Todos los códigos juntos; cada par se compara en los documentos codificados por ambos, igual que si se compararan solos.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="91"/>
        <source>Coder × coder matrix</source>
        <translation>Matriz codificador × codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="94"/>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
</context>
<context>
    <name>PassageTableModel</name>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="188"/>
        <source>matched</source>
        <translation>coincidente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="188"/>
        <source>boundaries differ</source>
        <translation>límites distintos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="189"/>
        <source>only one coder</source>
        <translation>solo un codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="189"/>
        <source>different codes</source>
        <translation>códigos distintos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="200"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="200"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="200"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="200"/>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="200"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="201"/>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="214"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="14"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="17"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="18"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="24"/>
        <source>Coder name</source>
        <translation>Nombre del codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="27"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="28"/>
        <source>&amp;Coder name:</source>
        <translation>Nombre del &amp;codificador:</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <location filename="../../qda_app/gui/print_document.py" line="201"/>
        <source>Also on this page: %1</source>
        <translation>También en esta página: %1</translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="23"/>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="24"/>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="85"/>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="97"/>
        <source>Pseudonymise Copy</source>
        <translation>Copia seudonimizada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="25"/>
        <source>Names are replaced everywhere in a copy: documents and their names, comments, memos, codes and attribute values; quotations move with the text. The copy is saved only if no name is left in it. This project is not changed.</source>
        <translation>Los nombres se reemplazan en todas partes en una copia: documentos y sus nombres, comentarios, memos, códigos y valores de atributos; las citas se desplazan con el texto. La copia solo se guarda si no queda ningún nombre en ella. Este proyecto no cambia.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="31"/>
        <source>Names and pseudonyms</source>
        <translation>Nombres y seudónimos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="32"/>
        <source>Name in the text</source>
        <translation>Nombre en el texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="32"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="35"/>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="37"/>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="39"/>
        <source>Replace the names in coders&apos; names too</source>
        <translation>Reemplazar los nombres también en los nombres de los codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="41"/>
        <source>Copy file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="48"/>
        <source>Save the copy as:</source>
        <translation>Guardar la copia como:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="77"/>
        <source>Save the Pseudonymised Copy</source>
        <translation>Guardar la copia seudonimizada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="78"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Proyectos de qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="86"/>
        <source>Give at least one name, and where to save the copy.</source>
        <translation>Indique al menos un nombre y dónde guardar la copia.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="98"/>
        <source>Wrote %1.
%2 replacements in %3 documents; %4 quotations moved with the text.</source>
        <translation>Se guardó %1.
%2 reemplazos en %3 documentos; %4 citas se desplazaron con el texto.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../qda_app/gui/background.py" line="38"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/background.py" line="54"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>QueryActions</name>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="81"/>
        <source>Save as Smart Code</source>
        <translation>Guardar como código inteligente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="81"/>
        <source>Name of the smart code:</source>
        <translation>Nombre del código inteligente:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="104"/>
        <source>Export Quotations</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="105"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="109"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="246"/>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="247"/>
        <source>Query Tool</source>
        <translation>Herramienta de consultas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="248"/>
        <source>Double-click to add to the query:</source>
        <translation>Doble clic para añadir a la consulta:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="249"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="250"/>
        <source>Smart codes</source>
        <translation>Códigos inteligentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="251"/>
        <source>Code groups</source>
        <translation>Grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="252"/>
        <source>A code group stands for the quotations of any of its codes</source>
        <translation>Un grupo de códigos representa las citas de cualquiera de sus códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="253"/>
        <source>Add to Query</source>
        <translation>Añadir a la consulta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="254"/>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="256"/>
        <source>Quotations with either code</source>
        <translation>Citas con cualquiera de los dos códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="256"/>
        <source>Quotations with both codes</source>
        <translation>Citas con ambos códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="257"/>
        <source>Quotations in scope without the code</source>
        <translation>Citas del ámbito sin el código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="258"/>
        <source>Quotations of the first that contain one of the second</source>
        <translation>Citas del primero que contienen una del segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="259"/>
        <source>Quotations of the first inside one of the second</source>
        <translation>Citas del primero dentro de una del segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="260"/>
        <source>Quotations of the first that start first and overlap one of the second</source>
        <translation>Citas del primero que empiezan antes y se solapan con una del segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="261"/>
        <source>Quotations of the first that one of the second starts before and overlaps</source>
        <translation>Citas del primero que una del segundo empieza antes y solapa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="262"/>
        <source>Quotations of the first that start after one of the second ends</source>
        <translation>Citas del primero que empiezan después de terminar una del segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="263"/>
        <source>Quotations of the first that end before one of the second starts</source>
        <translation>Citas del primero que terminan antes de empezar una del segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="264"/>
        <source>Quotations of the first that share text with one of the second</source>
        <translation>Citas del primero que comparten texto con una del segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="268"/>
        <source>Step Back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="269"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="270"/>
        <source>Query stack (top: the query):</source>
        <translation>Pila de la consulta (arriba: la consulta):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="271"/>
        <source>Query:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="272"/>
        <source>Build with the buttons, or type e.g. &quot;A::x&quot; AND NOT &quot;B&quot;</source>
        <translation>Construya con los botones, o escriba p. ej. &quot;A::x&quot; AND NOT &quot;B&quot;</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="273"/>
        <source>Query text</source>
        <translation>Texto de la consulta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="274"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="275"/>
        <source>Save as Smart Code…</source>
        <translation>Guardar como código inteligente…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="276"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="277"/>
        <source>Document groups (none: all documents):</source>
        <translation>Grupos de documentos (ninguno: todos los documentos):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="278"/>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
</context>
<context>
    <name>QuotationListModel</name>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="37"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="37"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="37"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="37"/>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="38"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="38"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>QuotationMenu</name>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="58"/>
        <source>Quotation %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="65"/>
        <source>(no codes)</source>
        <translation>(sin códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="68"/>
        <source>Add Code…</source>
        <translation>Añadir código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="72"/>
        <source>Remove Code</source>
        <translation>Quitar código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="80"/>
        <source>Comment…</source>
        <translation>Comentario…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="83"/>
        <source>Set Boundaries to Text Selection</source>
        <translation>Ajustar límites a la selección de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="88"/>
        <source>Copy Reference %1</source>
        <translation>Copiar referencia %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="94"/>
        <source>Delete Quotation</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="37"/>
        <source>Link to Quotation…</source>
        <translation>Vincular con otra cita…</translation>
    </message>
</context>
<context>
    <name>QuotationPane</name>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="106"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="131"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="162"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="132"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="164"/>
        <source>All code groups</source>
        <translation>Todos los grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="135"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="162"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="136"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="163"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="137"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="163"/>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="153"/>
        <source>Filter text or comment</source>
        <translation>Filtrar por texto o comentario</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="154"/>
        <source>Filter quotations by text</source>
        <translation>Filtrar citas por texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="155"/>
        <source>Filter by code</source>
        <translation>Filtrar por código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="156"/>
        <source>Filter by document</source>
        <translation>Filtrar por documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="157"/>
        <source>Filter by document group</source>
        <translation>Filtrar por grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="158"/>
        <source>Filter by code group</source>
        <translation>Filtrar por grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="159"/>
        <source>Filter by coder</source>
        <translation>Filtrar por codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="160"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="161"/>
        <source>Quotations shown</source>
        <translation>Citas mostradas</translation>
    </message>
</context>
<context>
    <name>QuotationResultList</name>
    <message numerus="yes">
        <location filename="../../qda_app/gui/views/quotation_results.py" line="70"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_results.py" line="75"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_results.py" line="76"/>
        <source>Save these quotations as CSV or Excel</source>
        <translation>Guardar estas citas como CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_results.py" line="77"/>
        <source>Result quotations</source>
        <translation>Citas del resultado</translation>
    </message>
</context>
<context>
    <name>QuotationTableModel</name>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="165"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="165"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="165"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="165"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="165"/>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="166"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="166"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="272"/>
        <location filename="../../qda_app/gui/refresh.py" line="275"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="278"/>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="282"/>
        <location filename="../../qda_app/gui/refresh.py" line="283"/>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="286"/>
        <location filename="../../qda_app/gui/refresh.py" line="287"/>
        <source>Quotation %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="304"/>
        <source>Importing documents</source>
        <translation>Importando documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="312"/>
        <source>Imported: %1</source>
        <translation>Importados: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="314"/>
        <source>Skipped (already in the project): %1</source>
        <translation>Omitidos (ya están en el proyecto): %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="316"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Se canceló la importación; no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="318"/>
        <source>Not imported:</source>
        <translation>No importados:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="321"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>RelateDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="37"/>
        <source>Type to find the target</source>
        <translation>Escriba para buscar el destino</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="41"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="54"/>
        <source>Existing relations</source>
        <translation>Relaciones existentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="58"/>
        <source>Remove Relation</source>
        <translation>Quitar relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="63"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="64"/>
        <source>Relation:</source>
        <translation>Relación:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="65"/>
        <source>To:</source>
        <translation>Hacia:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="67"/>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="76"/>
        <source>Already related:</source>
        <translation>Ya relacionado:</translation>
    </message>
</context>
<context>
    <name>RelationActions</name>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="95"/>
        <source>Relate “%1”</source>
        <translation>Relacionar «%1»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="135"/>
        <source>Delete this relation type and the %1 relation(s) of this type? You can undo this.</source>
        <translation>¿Eliminar este tipo de relación y las %1 relación(es) de este tipo? Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="137"/>
        <source>Delete Relation Type</source>
        <translation>Eliminar tipo de relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="171"/>
        <source>New Code Group</source>
        <translation>Nuevo grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="171"/>
        <source>Name of the group:</source>
        <translation>Nombre del grupo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="181"/>
        <source>Rename Code Group</source>
        <translation>Renombrar grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="181"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="187"/>
        <source>Delete Code Group</source>
        <translation>Eliminar grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="188"/>
        <source>Delete the code group “%1”? Its codes stay. You can undo this.</source>
        <translation>¿Eliminar el grupo de códigos «%1»? Sus códigos quedan. Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="205"/>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="206"/>
        <source>Add to Code Group</source>
        <translation>Añadir a grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="206"/>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="242"/>
        <source>Link Quotation %1</source>
        <translation>Vincular la cita %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="306"/>
        <source>Links of %1:</source>
        <translation>Vínculos de %1:</translation>
    </message>
</context>
<context>
    <name>RelationTypesDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="107"/>
        <source>(your own)</source>
        <translation>(propio)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="132"/>
        <source>Line Colour</source>
        <translation>Color de línea</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="146"/>
        <source>New Relation Type</source>
        <translation>Nuevo tipo de relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="146"/>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="176"/>
        <source>Name (English):</source>
        <translation>Nombre (inglés):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="171"/>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="172"/>
        <source>Relation Types</source>
        <translation>Tipos de relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="173"/>
        <source>Code relations</source>
        <translation>Relaciones entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="174"/>
        <source>Quotation links</source>
        <translation>Vínculos entre citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="176"/>
        <source>Name (Spanish):</source>
        <translation>Nombre (español):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="176"/>
        <source>Name (Portuguese):</source>
        <translation>Nombre (portugués):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Short label:</source>
        <translation>Etiqueta corta:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Behaviour:</source>
        <translation>Comportamiento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Line style:</source>
        <translation>Estilo de línea:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="180"/>
        <source>Directed (A → B)</source>
        <translation>Dirigida (A → B)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="180"/>
        <source>Symmetric (A ↔ B)</source>
        <translation>Simétrica (A ↔ B)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="181"/>
        <source>Transitive (A → B → C implies A → C; no cycles)</source>
        <translation>Transitiva (A → B → C implica A → C; sin ciclos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="182"/>
        <source>Solid</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="182"/>
        <source>Dashed</source>
        <translation>Discontinua</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="182"/>
        <source>Dotted</source>
        <translation>Punteada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="188"/>
        <source>New Type</source>
        <translation>Nuevo tipo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="189"/>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="190"/>
        <source>Delete Type…</source>
        <translation>Eliminar tipo…</translation>
    </message>
</context>
<context>
    <name>ReportWordingDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="27"/>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="28"/>
        <source>Report Wording</source>
        <translation>Redacción de los informes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="29"/>
        <source>The words of this project&apos;s tables in the Word report and the workbook, for each report language. An empty field uses the default shown in grey.</source>
        <translation>Las palabras de los cuadros de este proyecto en el informe de Word y en el libro de Excel, para cada idioma del informe. Un campo vacío usa el valor predeterminado que se muestra en gris.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="33"/>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="37"/>
        <source>Caption word (before the table number):</source>
        <translation>Palabra del título (antes del número del cuadro):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="38"/>
        <source>Category column:</source>
        <translation>Columna de categoría:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="39"/>
        <source>Subcategory column:</source>
        <translation>Columna de subcategorías:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="40"/>
        <source>Groundedness column:</source>
        <translation>Columna de enraizamiento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="41"/>
        <source>Quotations column:</source>
        <translation>Columna de citas:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="42"/>
        <source>Word before a quotation ID:</source>
        <translation>Palabra antes del identificador de cita:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="43"/>
        <source>Source line under each table:</source>
        <translation>Línea de fuente bajo cada cuadro:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="44"/>
        <source>Author (empty: the current coder):</source>
        <translation>Autor (vacío: el codificador actual):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="47"/>
        <source>Report language:</source>
        <translation>Idioma del informe:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="56"/>
        <source>Use the Defaults</source>
        <translation>Usar los predeterminados</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="24"/>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="25"/>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="67"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="28"/>
        <source>Choose a backup to put in the project&apos;s place. The current file is kept beside it with the ending .before-restore-1 (-2, -3 ... for later restores), so no earlier state is lost.</source>
        <translation>Elija una copia de seguridad para ponerla en lugar del proyecto. El archivo actual se conserva a su lado con la terminación .before-restore-1 (-2, -3... en restauraciones posteriores), de modo que no se pierde ningún estado anterior.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="34"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="35"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="35"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="35"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="53"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="67"/>
        <source>Replace the project by the backup taken %1? Changes made since then are not in the backup.</source>
        <translation>¿Reemplazar el proyecto por la copia de seguridad del %1? Los cambios hechos desde entonces no están en la copia.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../qda_app/gui/views/search_panel.py" line="76"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="83"/>
        <source>Find in all documents</source>
        <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="84"/>
        <source>Text to find in all documents</source>
        <translation>Texto que se busca en todos los documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="85"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="86"/>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="87"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="88"/>
        <source>Code Selected Hits…</source>
        <translation>Codificar resultados seleccionados…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="89"/>
        <source>Code selected hits</source>
        <translation>Codificar resultados seleccionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="90"/>
        <source>Search hits in context</source>
        <translation>Resultados de búsqueda en contexto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="91"/>
        <source>Number of hits</source>
        <translation>Número de resultados</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="130"/>
        <source>Pair of coders</source>
        <translation>Par de codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="134"/>
        <source>Segment agreement per code</source>
        <translation>Acuerdo de segmentos por código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="137"/>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="161"/>
        <source>A segment counts as matched when the other coder coded the same code on a segment overlapping it by at least %1 % of both together. Brennan &amp; Prediger&apos;s κ = %2 (k = %3 codes).</source>
        <translation>Un segmento coincide cuando el otro codificador aplicó el mismo código a un segmento que lo solapa en al menos el %1 % de ambos juntos. κ de Brennan y Prediger = %2 (k = %3 códigos).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="169"/>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="171"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../qda_app/gui/team_actions.py" line="50"/>
        <source>Merge Coder&apos;s Copy</source>
        <translation>Fusionar copia de un codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/team_actions.py" line="51"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Proyectos de qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/team_actions.py" line="55"/>
        <location filename="../../qda_app/gui/team_actions.py" line="62"/>
        <source>Merging %1</source>
        <translation>Fusionando %1</translation>
    </message>
</context>
<context>
    <name>TextEditActions</name>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="54"/>
        <source>Editing the text. Correct typos or misheard words; when you apply, every quotation follows the corrections (one step to undo).</source>
        <translation>Editando el texto. Corrija erratas o palabras mal oídas; al aplicar, cada cita sigue las correcciones (un solo paso para deshacer).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="56"/>
        <source>Apply Corrections</source>
        <translation>Aplicar correcciones</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="57"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="112"/>
        <source>The text is unchanged.</source>
        <translation>El texto no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="115"/>
        <source>Text corrected: %1 quotation(s) moved, %2 passage(s) changed.</source>
        <translation>Texto corregido: %1 cita(s) desplazada(s), %2 fragmento(s) cambiado(s).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="119"/>
        <source>Passages Deleted</source>
        <translation>Pasajes eliminados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="120"/>
        <source>The whole passage of these quotations was deleted: %1. They are kept as one character where the passage was, with their codes, so you can move or delete them.</source>
        <translation>Se eliminó todo el fragmento de estas citas: %1. Se conservan como un carácter donde estaba el fragmento, con sus códigos, para que pueda moverlas o eliminarlas.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="147"/>
        <source>Export Coded Document as PDF</source>
        <translation>Exportar documento codificado como PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="149"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="157"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Se guardó %1 (%2 páginas).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="159"/>
        <source>Listed at the foot of their page for want of margin room: %1</source>
        <translation>Listadas al pie de su página por falta de espacio en el margen: %1</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="22"/>
        <source>Create quotation</source>
        <translation>Crear cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="23"/>
        <source>Code &apos;{code}&apos;</source>
        <translation>Codificar con «{code}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="24"/>
        <source>Code with {count} codes: {codes}</source>
        <translation>Codificar con {count} códigos: {codes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="25"/>
        <source>Remove code &apos;{code}&apos;</source>
        <translation>Quitar el código «{code}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="26"/>
        <source>Resize quotation {quotation}</source>
        <translation>Redimensionar la cita {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="27"/>
        <source>Comment on quotation {quotation}</source>
        <translation>Comentar la cita {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="28"/>
        <source>Delete quotation {quotation}</source>
        <translation>Eliminar la cita {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="29"/>
        <source>Mark {quotation} as representative of &apos;{code}&apos;</source>
        <translation>Marcar {quotation} como representativa de «{code}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="30"/>
        <source>Unmark {quotation} as representative of &apos;{code}&apos;</source>
        <translation>Desmarcar {quotation} como representativa de «{code}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="31"/>
        <source>Set excerpt of {quotation}</source>
        <translation>Definir el extracto de {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="32"/>
        <source>Print {quotation} whole</source>
        <translation>Imprimir {quotation} completa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="33"/>
        <source>Auto-code {count} hits with {codes}</source>
        <translation>Autocodificar {count} resultados con {codes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="34"/>
        <source>Add document &apos;{name}&apos;</source>
        <translation>Añadir el documento «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="35"/>
        <source>Import &apos;{name}&apos;</source>
        <translation>Importar «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="36"/>
        <source>Import {count} documents</source>
        <translation>Importar {count} documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="37"/>
        <source>Rename document {number} to &apos;{name}&apos;</source>
        <translation>Renombrar el documento {number} como «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="38"/>
        <source>Delete document {number} &apos;{name}&apos;</source>
        <translation>Eliminar el documento {number} «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="39"/>
        <source>Edit text of document {number}</source>
        <translation>Editar el texto del documento {number}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="40"/>
        <source>Add to group &apos;{group}&apos;</source>
        <translation>Añadir al grupo de documentos «{group}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="41"/>
        <source>Remove from group &apos;{group}&apos;</source>
        <translation>Quitar del grupo de documentos «{group}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="42"/>
        <source>Set &apos;{attribute}&apos; of document {number}</source>
        <translation>Asignar «{attribute}» al documento {number}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="43"/>
        <source>Import attributes from &apos;{file}&apos;</source>
        <translation>Importar atributos de «{file}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="44"/>
        <source>Create code &apos;{name}&apos;</source>
        <translation>Crear el código «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="45"/>
        <source>Rename code &apos;{name}&apos; to &apos;{new_name}&apos;</source>
        <translation>Renombrar el código «{name}» como «{new_name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="46"/>
        <source>Recolour code &apos;{name}&apos;</source>
        <translation>Cambiar el color del código «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="47"/>
        <source>Edit definition of &apos;{name}&apos;</source>
        <translation>Editar la definición de «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="48"/>
        <source>Move code &apos;{name}&apos; to &apos;{target}&apos;</source>
        <translation>Mover el código «{name}» a «{target}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="49"/>
        <source>Move code &apos;{name}&apos; to the top level</source>
        <translation>Mover el código «{name}» al nivel superior</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="50"/>
        <source>Merge code &apos;{name}&apos; into &apos;{target}&apos;</source>
        <translation>Fusionar el código «{name}» con «{target}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="51"/>
        <source>Delete code &apos;{name}&apos;</source>
        <translation>Eliminar el código «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="52"/>
        <source>Merge {count} duplicate codes</source>
        <translation>Fusionar {count} códigos duplicados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="53"/>
        <source>Merge 1 duplicate code</source>
        <translation>Fusionar 1 código duplicado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="54"/>
        <source>Create code group &apos;{name}&apos;</source>
        <translation>Crear el grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="55"/>
        <source>Rename code group &apos;{name}&apos;</source>
        <translation>Renombrar el grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="56"/>
        <source>Delete code group &apos;{name}&apos;</source>
        <translation>Eliminar el grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="57"/>
        <source>Add to code group &apos;{name}&apos;</source>
        <translation>Añadir al grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="58"/>
        <source>Remove from code group &apos;{name}&apos;</source>
        <translation>Quitar del grupo de códigos «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="59"/>
        <source>Save smart code &apos;{name}&apos;</source>
        <translation>Guardar el código inteligente «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="60"/>
        <source>Rename smart code &apos;{name}&apos;</source>
        <translation>Renombrar el código inteligente «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="61"/>
        <source>Delete smart code &apos;{name}&apos;</source>
        <translation>Eliminar el código inteligente «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="62"/>
        <source>Create relation type &apos;{name}&apos;</source>
        <translation>Crear el tipo de relación «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="63"/>
        <source>Edit relation type &apos;{name}&apos;</source>
        <translation>Editar el tipo de relación «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="64"/>
        <source>Delete relation type &apos;{name}&apos;</source>
        <translation>Eliminar el tipo de relación «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="65"/>
        <source>Relate &apos;{source}&apos; {relation} &apos;{target}&apos;</source>
        <translation>Relacionar: «{source}» {relation} «{target}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="67"/>
        <source>Unrelate &apos;{source}&apos; and &apos;{target}&apos;</source>
        <translation>Quitar la relación entre «{source}» y «{target}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="69"/>
        <source>Link {source} {relation} {target}</source>
        <translation>Vincular: {source} {relation} {target}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="70"/>
        <source>Unlink {source} and {target}</source>
        <translation>Desvincular {source} y {target}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="72"/>
        <source>Create network &apos;{name}&apos;</source>
        <translation>Crear la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="73"/>
        <source>Rename network &apos;{name}&apos;</source>
        <translation>Renombrar la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="74"/>
        <source>Describe network &apos;{name}&apos;</source>
        <translation>Describir la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="75"/>
        <source>Delete network &apos;{name}&apos;</source>
        <translation>Eliminar la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="76"/>
        <source>Add to network &apos;{name}&apos;</source>
        <translation>Añadir a la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="77"/>
        <source>Remove from network &apos;{name}&apos;</source>
        <translation>Quitar de la red «{name}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="79"/>
        <source>Move {count} nodes</source>
        <translation>Mover {count} nodos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="80"/>
        <source>Create memo &apos;{title}&apos;</source>
        <translation>Crear el memo «{title}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="81"/>
        <source>Edit memo &apos;{title}&apos;</source>
        <translation>Editar el memo «{title}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="82"/>
        <source>Delete memo &apos;{title}&apos;</source>
        <translation>Eliminar el memo «{title}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="83"/>
        <source>Attach memo &apos;{title}&apos;</source>
        <translation>Adjuntar el memo «{title}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="84"/>
        <source>Detach memo &apos;{title}&apos;</source>
        <translation>Separar el memo «{title}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="85"/>
        <source>Consensus on passage {number}: accept {coder}</source>
        <translation>Consenso sobre el fragmento {number}: aceptar a {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="86"/>
        <source>Consensus on passage {number}: union</source>
        <translation>Consenso sobre el fragmento {number}: unión</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="87"/>
        <source>Consensus on passage {number}: intersection</source>
        <translation>Consenso sobre el fragmento {number}: intersección</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="88"/>
        <source>Consensus on passage {number}: custom boundaries</source>
        <translation>Consenso sobre el fragmento {number}: límites personalizados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="89"/>
        <source>Consensus on {count} passages: accept {coder}</source>
        <translation>Consenso sobre {count} fragmentos: aceptar a {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="90"/>
        <source>Consensus on {count} passages: union</source>
        <translation>Consenso sobre {count} fragmentos: unión</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="91"/>
        <source>Consensus on {count} passages: intersection</source>
        <translation>Consenso sobre {count} fragmentos: intersección</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="92"/>
        <source>Merge {file}</source>
        <translation>Fusionar {file}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="93"/>
        <source>Import &apos;{file}&apos;</source>
        <translation>Importar «{file}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="94"/>
        <source>Import codebook &apos;{file}&apos;</source>
        <translation>Importar el libro de códigos «{file}»</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="95"/>
        <source>Build demo project</source>
        <translation>Crear proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="96"/>
        <source>Prepare copy for {coder}</source>
        <translation>Preparar la copia para {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="97"/>
        <source>Simulated coding by {coder}</source>
        <translation>Codificación simulada de {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="98"/>
        <source>Pseudonymise {count} names</source>
        <translation>Seudonimizar {count} nombres</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="99"/>
        <source>Edit stop words</source>
        <translation>Editar las palabras vacías</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="100"/>
        <source>Set report wording ({language})</source>
        <translation>Definir la redacción de los informes ({language})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="66"/>
        <source>Comment relation</source>
        <translation>Comentar relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="68"/>
        <source>Remove relation</source>
        <translation>Quitar relación</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="71"/>
        <source>Remove quotation link</source>
        <translation>Quitar vínculo entre citas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="78"/>
        <source>Move node</source>
        <translation>Mover nodo</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="204"/>
        <source>Values per unit and coder</source>
        <translation>Valores por unidad y codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="212"/>
        <source>Tick “Alpha over passages as units” and compute: each coded passage is a unit, each code a value (Krippendorff 2011).</source>
        <translation>Marque «Alfa con fragmentos como unidades» y calcule: cada fragmento codificado es una unidad, cada código un valor (Krippendorff 2011).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="217"/>
        <source>Krippendorff&apos;s α (%1) over %2 passages as units, codes as values: %3 (%4 pairable units, %5 pairable values).</source>
        <translation>α de Krippendorff (%1) con %2 fragmentos como unidades y códigos como valores: %3 (%4 unidades emparejables, %5 valores emparejables).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="223"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="61"/>
        <source>Welcome to qda_app</source>
        <translation>Bienvenido a qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="62"/>
        <source>Code interview transcripts by hand: mark quotations, assign codes, compare coders. Start a new project, open one, or explore the demo study.</source>
        <translation>Codifique manualmente transcripciones de entrevistas: marque citas, asigne códigos y compare codificadores. Cree un proyecto nuevo, abra uno existente o explore el estudio de demostración.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="64"/>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="65"/>
        <source>Open Project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="66"/>
        <source>Open Demo Project</source>
        <translation>Abrir proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="67"/>
        <location filename="../../qda_app/gui/views/welcome.py" line="68"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="49"/>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="73"/>
        <source>Colours by coder</source>
        <translation>Colores por codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="74"/>
        <source>Coder colours: %1</source>
        <translation>Colores de codificadores: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="82"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="88"/>
        <source>Select text with the keyboard</source>
        <translation>Seleccionar texto con el teclado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="88"/>
        <source>Shift+Arrow keys in the text</source>
        <translation>Mayús+flechas en el texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="89"/>
        <source>Select the quotation under the cursor; again: the one around it</source>
        <translation>Seleccionar la cita bajo el cursor; otra vez: la que la contiene</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="89"/>
        <source>Click in coded text</source>
        <translation>Clic en texto codificado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="90"/>
        <source>Open a quotation&apos;s comment</source>
        <translation>Abrir el comentario de una cita</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="90"/>
        <source>Double-click its bracket</source>
        <translation>Doble clic en su corchete</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="93"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="93"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>WordFrequencyDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="36"/>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="37"/>
        <source>Word Frequencies</source>
        <translation>Frecuencia de palabras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="39"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="44"/>
        <source>Number of words</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="45"/>
        <source>Leave out speaker labels (&quot;Interviewer:&quot;)</source>
        <translation>Omitir etiquetas de hablante («Entrevistador:»)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="48"/>
        <source>Stop list</source>
        <translation>Lista de palabras vacías</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="49"/>
        <source>The texts&apos; language</source>
        <translation>El idioma de los textos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="49"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="50"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="50"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="50"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="54"/>
        <source>Also leave out</source>
        <translation>Omitir también</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="56"/>
        <source>Count although listed</source>
        <translation>Contar aunque estén en la lista</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="61"/>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="62"/>
        <source>Words:</source>
        <translation>Palabras:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="63"/>
        <source>Stop list:</source>
        <translation>Lista de palabras vacías:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="64"/>
        <source>Also leave out:</source>
        <translation>Omitir también:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="65"/>
        <source>Count although listed:</source>
        <translation>Contar aunque estén en la lista:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="67"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="71"/>
        <source>Word frequencies</source>
        <translation>Frecuencia de palabras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="72"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="72"/>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="72"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="77"/>
        <source>Word cloud</source>
        <translation>Nube de palabras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="80"/>
        <source>Save Word Cloud…</source>
        <translation>Guardar nube de palabras…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="96"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="99"/>
        <source>Document group: %1</source>
        <translation>Grupo de documentos: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="101"/>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="104"/>
        <source>Quotations of %1</source>
        <translation>Citas de %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="142"/>
        <source>No words to show.</source>
        <translation>No hay palabras que mostrar.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="170"/>
        <source>Save Word Cloud</source>
        <translation>Guardar nube de palabras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="171"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
</context>
</TS>
