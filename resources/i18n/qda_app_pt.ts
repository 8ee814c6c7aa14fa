<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="32"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="33"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="34"/>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir projeto de &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="35"/>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="36"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="40"/>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Pesquisar no documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="41"/>
        <source>Find in &amp;All Documents…</source>
        <translation>Pesquisar em &amp;todos os documentos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="42"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="43"/>
        <source>Switch &amp;Coder…</source>
        <translation>Trocar de &amp;codificador…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="44"/>
        <source>&amp;Code Selection…</source>
        <translation>&amp;Codificar seleção…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="45"/>
        <source>&amp;Quick Code</source>
        <translation>Codificação &amp;rápida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="46"/>
        <source>Code &amp;In Vivo</source>
        <translation>Codificar &amp;in vivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="47"/>
        <source>&amp;Remove Code from Quotation…</source>
        <translation>&amp;Remover código da citação…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="48"/>
        <source>&amp;Delete Quotation</source>
        <translation>&amp;Excluir citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="49"/>
        <source>Co&amp;mment on Quotation…</source>
        <translation>Co&amp;mentar a citação…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="50"/>
        <source>Mark as Re&amp;presentative</source>
        <translation>Marcar como re&amp;presentativa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="51"/>
        <source>Table E&amp;xcerpt…</source>
        <translation>E&amp;xcerto para tabelas…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="52"/>
        <source>Set Quotation &amp;Boundaries to Selection</source>
        <translation>Ajustar &amp;limites da citação à seleção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="53"/>
        <source>&amp;New Code…</source>
        <translation>&amp;Novo código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="54"/>
        <source>Re&amp;name Code…</source>
        <translation>Re&amp;nomear código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="55"/>
        <source>Change &amp;Colour…</source>
        <translation>Alterar &amp;cor…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="56"/>
        <source>Edit &amp;Definition…</source>
        <translation>Editar &amp;definição…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="57"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar com…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="58"/>
        <source>&amp;Split Category…</source>
        <translation>&amp;Dividir categoria…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="59"/>
        <source>Merge Codes with the Same Na&amp;me…</source>
        <translation>Mesclar códigos com o mesmo &amp;nome…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="61"/>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Excluir código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="62"/>
        <source>New &amp;Memo…</source>
        <translation>Novo &amp;memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="63"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="64"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="65"/>
        <source>Colour by C&amp;oder</source>
        <translation>Colorir por c&amp;odificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="66"/>
        <source>Show Codings &amp;of…</source>
        <translation>Mostrar codificações &amp;de…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="67"/>
        <location filename="../../qda_app/gui/actions.py" line="69"/>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>&amp;Projeto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="68"/>
        <location filename="../../qda_app/gui/actions.py" line="70"/>
        <source>REFI-QDA &amp;Codebook (.qdc)…</source>
        <translation>&amp;Livro de códigos REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="71"/>
        <source>&amp;Report Workbook (.xlsx / .docx / .html)…</source>
        <translation>&amp;Relatórios (.xlsx / .docx / .html)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="73"/>
        <source>Report W&amp;ording…</source>
        <translation>&amp;Redação dos relatórios…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="74"/>
        <source>&amp;Word Frequencies and Cloud…</source>
        <translation>&amp;Frequência de palavras e nuvem…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="76"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar a partir de um &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="77"/>
        <source>Pseudonymise Cop&amp;y…</source>
        <translation>Cóp&amp;ia pseudonimizada…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="78"/>
        <source>&amp;Copy for Coder…</source>
        <translation>&amp;Cópia para codificador…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="79"/>
        <source>&amp;Merge Coder&apos;s Copy…</source>
        <translation>&amp;Mesclar cópia de um codificador…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="80"/>
        <source>Intercoder &amp;Agreement…</source>
        <translation>&amp;Concordância entre codificadores…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="82"/>
        <source>Ne&amp;xt Quotation</source>
        <translation>Citação se&amp;guinte</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="83"/>
        <source>Pre&amp;vious Quotation</source>
        <translation>Citação an&amp;terior</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="85"/>
        <source>&amp;Edit Document Text</source>
        <translation>&amp;Editar texto do documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="87"/>
        <source>Export Coded Document as &amp;PDF…</source>
        <translation>Exportar documento codificado como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="89"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="90"/>
        <source>New &amp;Network…</source>
        <translation>Nova &amp;rede…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="91"/>
        <source>&amp;Query Tool…</source>
        <translation>Ferramenta de &amp;consultas…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="92"/>
        <source>Code &amp;Co-occurrence Explorer…</source>
        <translation>Explorador de &amp;coocorrência de códigos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="94"/>
        <source>Code-&amp;Document Explorer…</source>
        <translation>Explorador código-&amp;documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="96"/>
        <source>Relation &amp;Types…</source>
        <translation>&amp;Tipos de relação…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="97"/>
        <source>Code &amp;Groups…</source>
        <translation>&amp;Grupos de códigos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="98"/>
        <source>Re&amp;late to Code…</source>
        <translation>Re&amp;lacionar com código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="99"/>
        <source>Add to Code &amp;Group…</source>
        <translation>Adicionar a &amp;grupo de códigos…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="101"/>
        <source>&amp;Link Quotation to…</source>
        <translation>&amp;Vincular citação a…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="103"/>
        <source>&amp;Attach Memo to…</source>
        <translation>&amp;Anexar memo a…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/actions.py" line="104"/>
        <source>&amp;About qda_app</source>
        <translation>&amp;Sobre o qda_app</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="71"/>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="72"/>
        <source>Intercoder Agreement</source>
        <translation>Concordância entre codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="85"/>
        <source>Coders (two or more):</source>
        <translation>Codificadores (dois ou mais):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="86"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="89"/>
        <source>Only documents every chosen coder coded</source>
        <translation>Apenas documentos codificados por todos os codificadores escolhidos</translation>
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
        <translation>Todos os códigos</translation>
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
        <translation>Domínios semânticos:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="112"/>
        <source>Semantic domains</source>
        <translation>Domínios semânticos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="115"/>
        <source>Bootstrap confidence intervals</source>
        <translation>Intervalos de confiança bootstrap</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="120"/>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="121"/>
        <source>Resamples</source>
        <translation>Reamostragens</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="124"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="125"/>
        <source>Resamples:</source>
        <translation>Reamostragens:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="126"/>
        <source>Seed:</source>
        <translation>Semente:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="129"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="142"/>
        <source>Agreement per code</source>
        <translation>Concordância por código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="143"/>
        <source>Agreement per semantic domain</source>
        <translation>Concordância por domínio semântico</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="144"/>
        <source>Per semantic domain and overall:</source>
        <translation>Por domínio semântico e global:</translation>
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
        <translation>Excluídos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="159"/>
        <source>Disagreements</source>
        <translation>Divergências</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="170"/>
        <source>Export to Excel…</source>
        <translation>Exportar para Excel…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="173"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="189"/>
        <source>Further measures</source>
        <translation>Outras medidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="195"/>
        <source>Segment agreement: minimum overlap</source>
        <translation>Concordância de segmentos: sobreposição mínima</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="196"/>
        <source>Segments match from:</source>
        <translation>Os segmentos coincidem a partir de:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="198"/>
        <source>Code × document table</source>
        <translation>Tabela código × documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="199"/>
        <source>α-binary</source>
        <translation>α binária</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="200"/>
        <source>% agreement</source>
        <translation>% de concordância</translation>
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
        <translation>Tabela código × documento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="210"/>
        <source>Level of measurement</source>
        <translation>Nível de medida</translation>
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
        <translation>intervalar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="212"/>
        <source>ratio</source>
        <translation>razão</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="216"/>
        <source>Level:</source>
        <translation>Nível:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="218"/>
        <source>cu-alpha reading for three or more coders</source>
        <translation>variante de cu-alfa para três ou mais codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="219"/>
        <source>square of summed overlaps (default)</source>
        <translation>quadrado da soma das sobreposições (padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="220"/>
        <source>sum of squared overlaps per coder</source>
        <translation>soma dos quadrados por codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="221"/>
        <source>cu-α with 3+ coders:</source>
        <translation>cu-α com 3+ codificadores:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="242"/>
        <source>reliable: α ≥ .800</source>
        <translation>confiável: α ≥ ,800</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="243"/>
        <source>tentative: .667 ≤ α &lt; .800</source>
        <translation>provisória: ,667 ≤ α &lt; ,800</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="244"/>
        <source>unreliable: α &lt; .667</source>
        <translation>não confiável: α &lt; ,667</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="245"/>
        <source>n/a: hover for the reason</source>
        <translation>n/d: passe o mouse para ver o motivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="248"/>
        <source>Krippendorff&apos;s reading:</source>
        <translation>Avaliação segundo Krippendorff:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="288"/>
        <source>Computing agreement</source>
        <translation>Calculando a concordância</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="199"/>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="317"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="204"/>
        <source>Alpha over passages as units</source>
        <translation>Alfa com trechos como unidades</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="205"/>
        <source>Krippendorff&apos;s alpha with each coded passage as a unit and each code as a value (Krippendorff 2011)</source>
        <translation>Alfa de Krippendorff com cada trecho codificado como unidade e cada código como valor (Krippendorff 2011)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="313"/>
        <source>Left out (%1)</source>
        <translation>Excluídos (%1)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="318"/>
        <source>documents every coder coded</source>
        <translation>documentos codificados por todos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="319"/>
        <source>chosen documents</source>
        <translation>documentos escolhidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="320"/>
        <source>Coders: %1. Documents (%2): %3. Characters compared: %4.</source>
        <translation>Codificadores: %1. Documentos (%2): %3. Caracteres comparados: %4.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="324"/>
        <source>Bootstrap: %1 resamples, seed %2, %3 % intervals.</source>
        <translation>Bootstrap: %1 reamostragens, semente %2, intervalos de %3 %.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="329"/>
        <source>⚠ %1 parts of the project are not part of these figures: see “Left out”.</source>
        <translation>⚠ %1 partes do projeto não entram nestes valores: ver “Excluídos”.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="336"/>
        <source>Export Agreement Workbook</source>
        <translation>Exportar a pasta de trabalho de concordância</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="338"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_window.py" line="357"/>
        <source>Writing the agreement workbook</source>
        <translation>Gravando a pasta de trabalho de concordância</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../qda_app/gui/app.py" line="69"/>
        <location filename="../../qda_app/gui/app.py" line="72"/>
        <location filename="../../qda_app/gui/app.py" line="76"/>
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/app.py" line="98"/>
        <source>Welcome to qda_app</source>
        <translation>Bem-vindo ao qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/app.py" line="99"/>
        <source>Your name as a coder (it is recorded with every coding):</source>
        <translation>Seu nome como codificador (é registrado em cada codificação):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/app.py" line="136"/>
        <source>Demo project</source>
        <translation>Projeto de demonstração</translation>
    </message>
</context>
<context>
    <name>AttachMemoDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="19"/>
        <source>Attach Memo</source>
        <translation>Anexar memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="30"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="30"/>
        <source>Quotation</source>
        <translation>Citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="30"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="31"/>
        <source>Network</source>
        <translation>Rede</translation>
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
        <translation>Anexar a um(a):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/attach_memo_dialog.py" line="45"/>
        <source>Which:</source>
        <translation>Qual:</translation>
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
        <translation>Só o texto encontrado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="34"/>
        <source>Whole word</source>
        <translation>Palavra inteira</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="35"/>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="35"/>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="36"/>
        <source>Speaker turn (“Alcalde: …”)</source>
        <translation>Turno de fala (“Alcalde: …”)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="40"/>
        <source>Code to apply (an existing one, or a new name)</source>
        <translation>Código a aplicar (um existente ou um nome novo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="51"/>
        <source>Tick All</source>
        <translation>Marcar tudo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="51"/>
        <source>Tick None</source>
        <translation>Desmarcar tudo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="55"/>
        <source>Code each hit&apos;s</source>
        <translation>Codificar de cada resultado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="56"/>
        <source>with the code</source>
        <translation>com o código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="115"/>
        <source>%1 of %2 passages ticked</source>
        <translation>%1 de %2 trechos marcados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/auto_code_dialog.py" line="118"/>
        <source>Code %1 Passages</source>
        <translation>Codificar %1 trechos</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../qda_app/gui/backup_actions.py" line="99"/>
        <source>Backup failed: %1</source>
        <translation>O backup falhou: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/backup_actions.py" line="101"/>
        <source>Backup taken: %1</source>
        <translation>Backup feito: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/backup_actions.py" line="124"/>
        <source>This project has no backups yet.</source>
        <translation>Este projeto ainda não tem backups.</translation>
    </message>
</context>
<context>
    <name>ByDocumentTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="178"/>
        <source>Code × document table</source>
        <translation>Tabela código × documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="187"/>
        <source>Choose a measure under “Code × document table” and compute.</source>
        <translation>Escolha uma medida em “Tabela código × documento” e calcule.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="191"/>
        <source>Each document compared on its own (measure: %1).</source>
        <translation>Cada documento comparado separadamente (medida: %1).</translation>
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
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="526"/>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="527"/>
        <source>show this help message and exit</source>
        <translation>mostra esta ajuda e termina</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="528"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra a versão do programa e termina</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="529"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="530"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="531"/>
        <source>not allowed with argument %s</source>
        <translation>não permitido junto com o argumento %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="532"/>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="533"/>
        <source>the following arguments are required: %s</source>
        <translation>faltam estes argumentos obrigatórios: %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="534"/>
        <source>one of the arguments %s is required</source>
        <translation>é necessário um dos argumentos %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="535"/>
        <source>expected one argument</source>
        <translation>esperava-se um valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="536"/>
        <source>expected at most one argument</source>
        <translation>esperava-se no máximo um valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="537"/>
        <source>expected at least one argument</source>
        <translation>esperava-se pelo menos um valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="538"/>
        <source>expected %s argument</source>
        <translation>esperava-se %s valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="539"/>
        <source>expected %s arguments</source>
        <translation>esperavam-se %s valores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="540"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="541"/>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="542"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="543"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="544"/>
        <source>&apos;%(value)s&apos; is not a whole number</source>
        <translation>“%(value)s” não é um número inteiro</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="545"/>
        <source>&apos;%(value)s&apos; is not a number</source>
        <translation>“%(value)s” não é um número</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="546"/>
        <source>project</source>
        <translation>projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="547"/>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="548"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="549"/>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="550"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="551"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="552"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="553"/>
        <source>Qualitative data analysis: import transcripts, code them, compare coders, export tables. With no command, opens the program (the demo project if none is given).</source>
        <translation>Análise qualitativa de dados: importe transcrições, codifique-as, compare codificadores e exporte tabelas. Sem um comando, abre o programa (com o projeto de demonstração, se nenhum for indicado).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="554"/>
        <source>language of the messages and of the program window (default: the system&apos;s, from LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>idioma das mensagens e da janela do programa (padrão: o do sistema, segundo LC_ALL, LC_MESSAGES ou LANG)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="555"/>
        <source>create an empty project file</source>
        <translation>cria um arquivo de projeto vazio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="556"/>
        <source>import documents (files or folders)</source>
        <translation>importa documentos (arquivos ou pastas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="557"/>
        <source>list the documents</source>
        <translation>lista os documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="558"/>
        <source>print the stored text of a document</source>
        <translation>mostra o texto guardado de um documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="559"/>
        <source>create a code; PATH is Category::Subcategory</source>
        <translation>cria um código; PATH é Categoria::Subcategoria</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="560"/>
        <source>list the code system with groundedness and density</source>
        <translation>lista o sistema de códigos com Enraizamento e Densidade</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="561"/>
        <source>code a range [START, END) of a document (code points)</source>
        <translation>codifica o intervalo [START, END) de um documento (em pontos de código)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="562"/>
        <source>list quotations</source>
        <translation>lista as citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="563"/>
        <source>set document attributes from a CSV or Excel sheet (first column: document name)</source>
        <translation>define atributos de documento a partir de uma planilha CSV ou Excel (primeira coluna: nome do documento)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="564"/>
        <source>build the demo project (the Puno study) and open it (--no-gui: only build)</source>
        <translation>cria o projeto de demonstração (o estudo de Puno) e o abre (--no-gui: só o cria)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="565"/>
        <source>open a project in the program</source>
        <translation>abre um projeto no programa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="566"/>
        <source>replace a document&apos;s text by FILE&apos;s (a corrected transcript); quotations follow the edits</source>
        <translation>substitui o texto de um documento pelo de FILE (uma transcrição corrigida); as citações acompanham as alterações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="567"/>
        <source>write a coded document with its margin as PDF</source>
        <translation>salva um documento codificado com sua margem como PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="568"/>
        <source>take a backup of a project now (kept in PROJECT.backups/)</source>
        <translation>faz agora um backup do projeto (guardado em PROJECT.backups/)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="569"/>
        <source>list a project&apos;s backups, newest first</source>
        <translation>lista os backups de um projeto, o mais recente primeiro</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="570"/>
        <source>replace a project by one of its backups (the replaced state is kept as PROJECT.before-restore-N)</source>
        <translation>substitui um projeto por um de seus backups (o estado substituído é guardado como PROJECT.before-restore-N)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="571"/>
        <source>write a copy of a project with names replaced in every document</source>
        <translation>salva uma cópia do projeto com nomes substituídos em todos os documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="572"/>
        <source>create a project from a REFI-QDA .qdpx file</source>
        <translation>cria um projeto a partir de um arquivo REFI-QDA .qdpx</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="573"/>
        <source>write a project as a REFI-QDA .qdpx file</source>
        <translation>salva um projeto como arquivo REFI-QDA .qdpx</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="574"/>
        <source>write the code system as a REFI-QDA .qdc</source>
        <translation>salva o sistema de códigos como livro de códigos REFI-QDA .qdc</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="575"/>
        <source>merge a REFI-QDA codebook into a project</source>
        <translation>incorpora um livro de códigos REFI-QDA a um projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="576"/>
        <source>export the reports: FILE.xlsx, FILE.docx, FILE.html, or a folder for CSV files</source>
        <translation>exporta os relatórios: FILE.xlsx, FILE.docx, FILE.html ou uma pasta para arquivos CSV</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="577"/>
        <source>draw the category network as FILE.png, FILE.svg or FILE.pdf</source>
        <translation>desenha a rede de categorias como FILE.png, FILE.svg ou FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="578"/>
        <source>word frequencies (speaker labels left out), optionally a word cloud</source>
        <translation>frequências de palavras (sem os rótulos de falante) e, se pedido, uma nuvem de palavras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="579"/>
        <source>quotations by code as FILE.docx, FILE.html or FILE.pdf</source>
        <translation>citações por código como FILE.docx, FILE.html ou FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="580"/>
        <source>the part of a quotation the category tables print (&apos;[…]&apos; shortens)</source>
        <translation>a parte de uma citação que as tabelas de categorias imprimem (“[…]” a encurta)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="581"/>
        <source>show or change the project&apos;s own stop words</source>
        <translation>mostra ou altera as palavras vazias próprias do projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="582"/>
        <source>show or change how the Word tables are worded, per language</source>
        <translation>mostra ou altera a redação das tabelas do Word, por idioma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="583"/>
        <source>write a copy of the project for one coder to code in</source>
        <translation>salva uma cópia do projeto para um codificador codificar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="584"/>
        <source>merge coders&apos; copies into the project (one undoable step each)</source>
        <translation>mescla no projeto as cópias dos codificadores (um passo que pode ser desfeito por cópia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="585"/>
        <source>inter-coder agreement (Krippendorff&apos;s alpha family, kappas, segments); definitions in docs/agreement.md</source>
        <translation>concordância entre codificadores (família alfa de Krippendorff, kappas, segmentos); definições em docs/agreement.md</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="586"/>
        <source>passages two coders coded differently, worst first</source>
        <translation>trechos que dois codificadores codificaram de forma diferente, os piores primeiro</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="587"/>
        <source>record consensus decisions in the &apos;Consensus&apos; coder layer</source>
        <translation>registra decisões de consenso na camada do codificador “Consensus”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="588"/>
        <source>two coder copies of the demo project, the second coder simulated</source>
        <translation>duas cópias do projeto de demonstração para codificadores, o segundo codificador simulado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="589"/>
        <source>relate two codes: SOURCE RELATION TARGET</source>
        <translation>relaciona dois códigos: SOURCE RELATION TARGET</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="590"/>
        <source>remove a relation between two codes</source>
        <translation>remove uma relação entre dois códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="591"/>
        <source>create a relation type (directed unless told otherwise)</source>
        <translation>cria um tipo de relação (direcionada, salvo indicação em contrário)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="592"/>
        <source>list relation types</source>
        <translation>lista os tipos de relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="593"/>
        <source>list code relations</source>
        <translation>lista as relações entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="594"/>
        <source>link two quotations: D:Q RELATION D:Q</source>
        <translation>vincula duas citações: D:Q RELATION D:Q</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="595"/>
        <source>remove a link between two quotations</source>
        <translation>remove um vínculo entre duas citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="596"/>
        <source>list quotation links</source>
        <translation>lista os vínculos entre citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="597"/>
        <source>create a code group, or change its codes</source>
        <translation>cria um grupo de códigos ou altera seus códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="598"/>
        <source>list code groups</source>
        <translation>lista os grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="599"/>
        <source>quotations matching a code query, e.g. &apos;&quot;A&quot; ENCLOSES &quot;B&quot;&apos;</source>
        <translation>citações que atendem a uma consulta de códigos, p. ex. “&quot;A&quot; ENCLOSES &quot;B&quot;”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="600"/>
        <source>list smart codes (saved queries)</source>
        <translation>lista os códigos inteligentes (consultas salvas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="601"/>
        <source>create a network or change its nodes</source>
        <translation>cria uma rede ou altera seus nós</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="602"/>
        <source>list saved networks with their nodes and links</source>
        <translation>lista as redes salvas com seus nós e vínculos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="603"/>
        <source>the project file (.qdaproj)</source>
        <translation>o arquivo do projeto (.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="604"/>
        <source>your name as coder (default: your user name)</source>
        <translation>seu nome como codificador (padrão: seu nome de usuário)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="605"/>
        <source>put the imported documents in this document group</source>
        <translation>coloca os documentos importados neste grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="606"/>
        <source>import files whose content is in the project already</source>
        <translation>importa também arquivos cujo conteúdo já está no projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="607"/>
        <source>print the result as JSON instead of a table</source>
        <translation>mostra o resultado como JSON em vez de uma tabela</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="608"/>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="609"/>
        <source>definition of the code</source>
        <translation>definição do código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="610"/>
        <source>count only this coder&apos;s codings (repeatable)</source>
        <translation>conta só as codificações deste codificador (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="611"/>
        <source>first merge codes whose names differ only in case, accents&apos; composition or spacing (Éxito / éxito) into the first of them</source>
        <translation>antes mescla os códigos cujos nomes só diferem em maiúsculas, composição dos acentos ou espaços (Êxito / êxito) no primeiro deles</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="612"/>
        <source>Create the quotation [START, END) of document DOC (or reuse this coder&apos;s quotation on exactly that range) and link the codes to it. Codes and coders that do not exist yet are created, so check the spelling of PATH; without --code the quotation stays uncoded. Prints the quotation ID D:Q.</source>
        <translation>Cria a citação [START, END) do documento DOC (ou reutiliza a citação deste codificador exatamente nesse intervalo) e atribui-lhe os códigos. Códigos e codificadores que ainda não existem são criados, então confira a grafia de PATH; sem --code a citação fica sem codificação. Mostra o ID da citação D:Q.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="613"/>
        <source>document number (see: qda-app docs)</source>
        <translation>número do documento (veja: qda-app docs)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="614"/>
        <source>first character, counted from 0</source>
        <translation>primeiro caractere, contando a partir de 0</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="615"/>
        <source>character after the last one</source>
        <translation>caractere seguinte ao último</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="616"/>
        <source>code path such as Category::Subcategory (repeatable)</source>
        <translation>caminho do código, como Categoria::Subcategoria (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="617"/>
        <source>who codes (default: the project&apos;s last coder)</source>
        <translation>quem codifica (padrão: o último codificador do projeto)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="618"/>
        <source>comment on the quotation</source>
        <translation>comentário da citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="619"/>
        <source>print the quotation as JSON</source>
        <translation>mostra a citação como JSON</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="620"/>
        <source>--code also matches its sub-codes</source>
        <translation>--code inclui também seus subcódigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="621"/>
        <source>where to write it (default: your data folder)</source>
        <translation>onde salvá-lo (padrão: sua pasta de dados)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="622"/>
        <source>only build it</source>
        <translation>só o cria</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="623"/>
        <source>replace an existing file</source>
        <translation>substitui um arquivo existente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="624"/>
        <source>document number (qda-app docs lists them)</source>
        <translation>número do documento (qda-app docs os lista)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="625"/>
        <source>the corrected text (plain text, any common encoding)</source>
        <translation>o texto corrigido (texto simples, em qualquer codificação comum)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="626"/>
        <source>the PDF file to write</source>
        <translation>o arquivo PDF a salvar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="627"/>
        <source>how many backups to keep, 1 or more (the new one is always kept)</source>
        <translation>quantos backups manter, 1 ou mais (o novo é sempre mantido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="628"/>
        <source>backup file (default: the newest)</source>
        <translation>arquivo de backup (padrão: o mais recente)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="629"/>
        <source>the pseudonymised copy (.qdaproj)</source>
        <translation>a cópia pseudonimizada (.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="630"/>
        <source>repeatable, e.g. --replace &apos;Juan Pérez=E01&apos;</source>
        <translation>pode ser repetido, p. ex. --replace &apos;Juan Pérez=E01&apos;</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="631"/>
        <source>CSV file with two columns: name, pseudonym</source>
        <translation>arquivo CSV com duas colunas: nome, pseudônimo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="632"/>
        <source>replace the names in the coders&apos; names too</source>
        <translation>substitui os nomes também nos nomes dos codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="633"/>
        <source>replace names inside longer words as well (default: whole words only)</source>
        <translation>substitui os nomes também dentro de palavras mais longas (padrão: só palavras inteiras)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="634"/>
        <source>new project file</source>
        <translation>arquivo do novo projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="635"/>
        <source>your name as coder (default: the file&apos;s creating user)</source>
        <translation>seu nome como codificador (padrão: o usuário que criou o arquivo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="636"/>
        <source>import even when some of the file cannot be imported (what is left out is listed)</source>
        <translation>importa mesmo que parte do arquivo não possa ser importada (o que fica de fora é listado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="637"/>
        <source>replace an existing file of that name (never a project)</source>
        <translation>substitui um arquivo existente com esse nome (nunca um projeto)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="638"/>
        <source>order of subcategories in the category tables (tree: the codebook&apos;s order)</source>
        <translation>ordem das subcategorias nas tabelas de categorias (tree: a ordem do livro de códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="639"/>
        <source>what a .docx holds, comma-separated: tables, networks, smart-codes, codebook, quotations (default: tables,networks,smart-codes)</source>
        <translation>o que um .docx contém, separado por vírgulas: tables (tabelas), networks (redes), smart-codes (códigos inteligentes), codebook (livro de códigos), quotations (citações) (padrão: tables,networks,smart-codes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="640"/>
        <source>CSV separator and decimal mark (default: semicolon for es and pt, comma for en)</source>
        <translation>separador e sinal decimal do CSV (padrão: ponto e vírgula para es e pt, vírgula para en)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="641"/>
        <source>language of headers and labels (default: the command line&apos;s language)</source>
        <translation>idioma dos cabeçalhos e rótulos (padrão: o idioma da linha de comando)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="681"/>
        <source>language of the workbook (default: the command line&apos;s language)</source>
        <translation>idioma da pasta de trabalho (padrão: o idioma da linha de comando)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="642"/>
        <source>only this coder&apos;s coding (repeatable)</source>
        <translation>só a codificação deste codificador (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="643"/>
        <source>only documents of this document group (repeatable)</source>
        <translation>só os documentos deste grupo de documentos (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="644"/>
        <source>only this document (repeatable)</source>
        <translation>só este documento (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="645"/>
        <source>only this code and its sub-codes (repeatable)</source>
        <translation>só este código e seus subcódigos (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="646"/>
        <source>only the codes of this code group (repeatable)</source>
        <translation>só os códigos deste grupo de códigos (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="647"/>
        <source>only the quotations of this smart code, its query run now (repeatable)</source>
        <translation>só as citações deste código inteligente, com sua consulta executada agora (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="648"/>
        <source>draw this saved network instead of the code tree</source>
        <translation>desenha esta rede salva em vez da árvore de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="649"/>
        <source>count per whole corpus, document, document group or code</source>
        <translation>conta por corpus inteiro, documento, grupo de documentos ou código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="650"/>
        <source>words per scope (default 30)</source>
        <translation>palavras por âmbito (padrão: 30)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="651"/>
        <source>shipped stop list (auto: the texts&apos; language), with the project&apos;s changes</source>
        <translation>lista de palavras vazias incluída (auto: a do idioma dos textos), com as alterações do projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="652"/>
        <source>count speaker labels such as &apos;Alcalde:&apos;</source>
        <translation>conta os rótulos de falante como “Alcalde:”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="653"/>
        <source>also draw a word cloud: FILE.png or FILE.svg</source>
        <translation>desenha também uma nuvem de palavras: FILE.png ou FILE.svg</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="654"/>
        <source>the excerpt; leave out to print the whole quotation again</source>
        <translation>o excerto; se omitido, a citação volta a ser impressa inteira</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="655"/>
        <source>who makes the change</source>
        <translation>quem faz a alteração</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="656"/>
        <source>leave this word out (repeatable)</source>
        <translation>exclui esta palavra (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="657"/>
        <source>count this word although the shipped list leaves it out (repeatable)</source>
        <translation>conta esta palavra embora a lista incluída a exclua (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="658"/>
        <source>the language whose wording is shown or changed (default: the command line&apos;s language)</source>
        <translation>o idioma cuja redação é mostrada ou alterada (padrão: o idioma da linha de comando)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="659"/>
        <source>set the caption (&apos;&apos; restores the default)</source>
        <translation>define a palavra do título da tabela (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="660"/>
        <source>set the category (&apos;&apos; restores the default)</source>
        <translation>define o cabeçalho da categoria (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="661"/>
        <source>set the subcategory (&apos;&apos; restores the default)</source>
        <translation>define o cabeçalho das subcategorias (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="662"/>
        <source>set the groundedness (&apos;&apos; restores the default)</source>
        <translation>define o cabeçalho do Enraizamento (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="663"/>
        <source>set the representative (&apos;&apos; restores the default)</source>
        <translation>define o cabeçalho das citações representativas (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="664"/>
        <source>set the cite (&apos;&apos; restores the default)</source>
        <translation>define a palavra que precede o ID ao citar, como “citação” em “citação 3:41” (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="665"/>
        <source>set the source line (&apos;&apos; restores the default)</source>
        <translation>define a linha de fonte (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="666"/>
        <source>set the author (&apos;&apos; restores the default)</source>
        <translation>define o autor (&apos;&apos; restaura o padrão)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="667"/>
        <source>who codes in the copy</source>
        <translation>quem codifica na cópia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="668"/>
        <source>leave out the codings and quotations of others</source>
        <translation>exclui as codificações e as citações dos outros</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="669"/>
        <source>apply every removal and resize the coder made in the copy</source>
        <translation>aplica todas as remoções e mudanças de tamanho que o codificador fez na cópia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="670"/>
        <source>apply decision N of the report (repeatable); the others stay pending</source>
        <translation>aplica a decisão N do relatório (pode ser repetido); as demais ficam pendentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="671"/>
        <source>compare the codes of this code group (with --code: both)</source>
        <translation>compara os códigos deste grupo de códigos (com --code: ambos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="672"/>
        <source>compare these documents (default: those every coder coded)</source>
        <translation>compara estes documentos (padrão: os codificados por todos os codificadores)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="673"/>
        <source>semantic domain (default: every top-level category with sub-codes)</source>
        <translation>domínio semântico (padrão: cada categoria de primeiro nível com subcódigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="674"/>
        <source>resamples for confidence intervals</source>
        <translation>reamostragens para os intervalos de confiança</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="675"/>
        <source>also segment agreement (MAXQDA): a segment matches when another coder&apos;s overlaps it by at least PERCENT of both together (MAXQDA&apos;s default is 90)</source>
        <translation>também concordância por segmentos (MAXQDA): um segmento coincide quando o de outro codificador se sobrepõe a ele em pelo menos PERCENT dos dois juntos (o padrão do MAXQDA é 90)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="676"/>
        <source>also a code x document table of this measure</source>
        <translation>também uma tabela código × documento desta medida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="677"/>
        <source>also Krippendorff&apos;s alpha over predefined units (passages as units, codes as values)</source>
        <translation>também o alfa de Krippendorff sobre unidades predefinidas (trechos como unidades, códigos como valores)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="678"/>
        <source>level of measurement of the codes as values (with --units)</source>
        <translation>nível de mensuração dos códigos como valores (com --units)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="679"/>
        <source>reading of cu-/(k)u-alpha for 3+ coders (see docs/agreement.md)</source>
        <translation>variante de cu-/(k)u-alfa para 3 ou mais codificadores (veja docs/agreement.md)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="680"/>
        <source>also write the agreement workbook</source>
        <translation>salva também a pasta de trabalho de concordância</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="682"/>
        <source>list matched passages as well</source>
        <translation>lista também os trechos coincidentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="683"/>
        <source>only this passage (default: every unresolved one)</source>
        <translation>só este trecho (padrão: todos os não resolvidos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="684"/>
        <source>custom boundaries: first character (with --accept custom)</source>
        <translation>limites próprios: primeiro caractere (com --accept custom)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="685"/>
        <source>custom boundaries: character after the last one</source>
        <translation>limites próprios: caractere seguinte ao último</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="686"/>
        <source>custom boundaries: the code(s) to keep, when the coders used different ones</source>
        <translation>limites próprios: os códigos a manter, quando os codificadores usaram códigos diferentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="687"/>
        <source>who decides (default: the project&apos;s last coder)</source>
        <translation>quem decide (padrão: o último codificador do projeto)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="688"/>
        <source>a demo project (qda-app demo PROJECT --no-gui)</source>
        <translation>um projeto de demonstração (qda-app demo PROJECT --no-gui)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="689"/>
        <source>code path</source>
        <translation>caminho do código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="690"/>
        <source>relation type, in English, Spanish or Portuguese</source>
        <translation>tipo de relação, em inglês, espanhol ou português</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="691"/>
        <source>A relates to B as B to A</source>
        <translation>A se relaciona com B como B com A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="692"/>
        <source>A-&gt;B and B-&gt;C imply A-&gt;C (no cycles)</source>
        <translation>A-&gt;B e B-&gt;C implicam A-&gt;C (sem ciclos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="693"/>
        <source>short text drawn on network links</source>
        <translation>texto curto desenhado nos vínculos da rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="694"/>
        <source>Spanish name</source>
        <translation>nome em espanhol</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="695"/>
        <source>Portuguese name</source>
        <translation>nome em português</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="696"/>
        <source>a type for quotation links, not code relations</source>
        <translation>um tipo para vínculos entre citações, não para relações entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="697"/>
        <source>only the relations this code takes part in</source>
        <translation>só as relações de que este código participa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="698"/>
        <source>supports, contradicts, explains, continued by, ...</source>
        <translation>supports, contradicts, explains, continued by... (ou seu nome em português)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="699"/>
        <source>delete the group (its codes stay)</source>
        <translation>exclui o grupo (seus códigos permanecem)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="700"/>
        <source>only documents in this document group (repeatable: any of them)</source>
        <translation>só documentos deste grupo de documentos (pode ser repetido: qualquer um deles)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="701"/>
        <source>only codings by this coder (repeatable)</source>
        <translation>só as codificações deste codificador (pode ser repetido)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="702"/>
        <source>only documents with this attribute value (repeatable: all of them)</source>
        <translation>só documentos com este valor de atributo (pode ser repetido: todos eles)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="703"/>
        <source>save the query as a smart code of this name</source>
        <translation>salva a consulta como código inteligente com este nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="704"/>
        <source>code:PATH, quotation:D:Q, memo:TITLE, document:N, code_group:NAME, document_group:NAME</source>
        <translation>code:CAMINHO (código), quotation:D:Q (citação), memo:TÍTULO, document:N (documento), code_group:NOME (grupo de códigos), document_group:NOME (grupo de documentos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="705"/>
        <source>also add the neighbours of the nodes added</source>
        <translation>adiciona também os vizinhos dos nós adicionados</translation>
    </message>
</context>
<context>
    <name>CodeActions</name>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="40"/>
        <source>New Code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="41"/>
        <source>Name (Category::Code makes a sub-code):</source>
        <translation>Nome (Categoria::Código cria um subcódigo):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="52"/>
        <source>Rename Code</source>
        <translation>Renomear código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="52"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="63"/>
        <source>Code Colour</source>
        <translation>Cor do código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="73"/>
        <source>Code Definition</source>
        <translation>Definição do código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="74"/>
        <source>Definition of “%1”:</source>
        <translation>Definição de “%1”:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="87"/>
        <source>Merge “%1” into</source>
        <translation>Mesclar “%1” com</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="101"/>
        <location filename="../../qda_app/gui/code_actions.py" line="112"/>
        <source>Merge Codes with the Same Name</source>
        <translation>Mesclar códigos com o mesmo nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="102"/>
        <source>No two codes have the same name.</source>
        <translation>Não há dois códigos com o mesmo nome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qda_app/gui/code_actions.py" line="106"/>
        <source>… and %n more group(s)</source>
        <translation>
            <numerusform>… e mais %n grupo</numerusform>
            <numerusform>… e mais %n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="108"/>
        <source>These codes have the same name, ignoring case, accents&apos; composition and spacing, and are one code for coding, merging and agreement:

%1

Merge each group into its first code? Codings, sub-codes, memos and links move over; Undo takes it back.</source>
        <translation>Estes códigos têm o mesmo nome se ignorarmos maiúsculas, a composição dos acentos e os espaços, e são um só código ao codificar, mesclar e calcular a concordância:

%1

Mesclar cada grupo no seu primeiro código? As codificações, subcódigos, memos e vínculos passam para ele; Desfazer reverte.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="125"/>
        <source>Split Category</source>
        <translation>Dividir categoria</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="125"/>
        <source>Sub-codes to move:</source>
        <translation>Subcódigos a mover:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="127"/>
        <source>Name of the new category:</source>
        <translation>Nome da nova categoria:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="134"/>
        <source>Split “%1”</source>
        <translation>Dividir “%1”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="149"/>
        <source>Delete the code “%1” and its sub-codes? %2 codings will be removed. You can undo this.</source>
        <translation>Excluir o código “%1” e seus subcódigos? %2 codificações serão removidas. É possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="151"/>
        <source>Delete Code</source>
        <translation>Excluir código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="159"/>
        <source>Move codes</source>
        <translation>Mover códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="173"/>
        <source>The project (research journal)</source>
        <translation>O projeto (diário de pesquisa)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="176"/>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="178"/>
        <source>Code “%1”</source>
        <translation>Código “%1”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="181"/>
        <source>Quotation %1</source>
        <translation>Citação %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="200"/>
        <source>Delete Memo</source>
        <translation>Excluir memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="200"/>
        <source>Delete this memo? You can undo this.</source>
        <translation>Excluir este memo? É possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="209"/>
        <source>Show Codings Of</source>
        <translation>Mostrar codificações de</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/code_actions.py" line="209"/>
        <source>Coders whose codings are shown:</source>
        <translation>Codificadores cujas codificações são mostradas:</translation>
    </message>
</context>
<context>
    <name>CodeChooser</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="41"/>
        <source>Code Selection</source>
        <translation>Codificar seleção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="48"/>
        <source>Type to find a code, or a new name (Category::Code)</source>
        <translation>Digite para procurar um código, ou um nome novo (Categoria::Código)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="49"/>
        <source>Code name</source>
        <translation>Nome do código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="53"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="55"/>
        <source>Enter applies the code named exactly as typed, or creates it; tick several to apply them together.</source>
        <translation>Enter aplica o código cujo nome é exatamente o digitado, ou o cria; marque vários para aplicá-los juntos.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="69"/>
        <source>Recently used</source>
        <translation>Usados recentemente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="72"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="136"/>
        <source>Create “%1”</source>
        <translation>Criar “%1”</translation>
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
        <translation>Códigos do grupo (marque para adicionar, desmarque para remover):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="128"/>
        <source>New Group…</source>
        <translation>Novo grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="129"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="130"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/code_groups_dialog.py" line="131"/>
        <source>Show Its Quotations</source>
        <translation>Mostrar suas citações</translation>
    </message>
</context>
<context>
    <name>CodePane</name>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="231"/>
        <location filename="../../qda_app/gui/views/code_tree.py" line="260"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
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
        <translation>Mostrar os códigos de um grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/code_tree.py" line="262"/>
        <source>Code tree</source>
        <translation>Árvore de códigos</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="170"/>
        <source>Groundedness %1, density %2</source>
        <translation>Enraizamento %1, densidade %2</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="175"/>
        <source>Code groups: %1</source>
        <translation>Grupos de códigos: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="178"/>
        <source>%1, groundedness %2, density %3</source>
        <translation>%1, enraizamento %2, densidade %3</translation>
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
        <translation>Densidade</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/code_tree_model.py" line="196"/>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="77"/>
        <source>Code Selection</source>
        <translation>Codificar seleção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="124"/>
        <source>Remove Code</source>
        <translation>Remover código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="124"/>
        <source>Code to remove:</source>
        <translation>Código a remover:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/coding_actions.py" line="193"/>
        <source>Coded %1 passages with %2</source>
        <translation>%1 trechos codificados com %2</translation>
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
        <translation>α binária</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="86"/>
        <source>% agreement</source>
        <translation>% de concordância</translation>
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
        <translation>Domínio</translation>
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
        <translation>menos de dois codificadores codificaram aqui</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="104"/>
        <source>Cohen&apos;s kappa compares exactly two coders</source>
        <translation>o kappa de Cohen compara exatamente dois codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="105"/>
        <source>no characters to compare</source>
        <translation>não há caracteres a comparar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="106"/>
        <source>no compared coder applied this code</source>
        <translation>nenhum codificador comparado aplicou este código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="107"/>
        <source>the coders&apos; passages never overlap</source>
        <translation>os trechos dos codificadores nunca se sobrepõem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="108"/>
        <source>no variation: agreement cannot be measured</source>
        <translation>sem variação: a concordância não pode ser medida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="109"/>
        <source>a coder applied two codes of this domain to the same characters</source>
        <translation>um codificador aplicou dois códigos deste domínio aos mesmos caracteres</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="110"/>
        <source>not computed for this comparison</source>
        <translation>não calculado nesta comparação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="111"/>
        <source>no bootstrap resample gave a value</source>
        <translation>nenhuma reamostragem bootstrap deu um valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="112"/>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="113"/>
        <source>no value</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="116"/>
        <source>reliable (≥ .800)</source>
        <translation>confiável (≥ ,800)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="116"/>
        <source>tentative (≥ .667)</source>
        <translation>provisória (≥ ,667)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="117"/>
        <source>unreliable (&lt; .667)</source>
        <translation>não confiável (&lt; ,667)</translation>
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
        <translation>intervalo bootstrap de %1 % a partir de %2 reamostragens</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="140"/>
        <source>no interval: %1</source>
        <translation>sem intervalo: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="152"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="152"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
</context>
<context>
    <name>CommentPane</name>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="39"/>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="60"/>
        <source>Select a quotation, a code or a document to comment on it.</source>
        <translation>Selecione uma citação, um código ou um documento para comentá-lo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="56"/>
        <source>Write a comment here; it is saved as you type.</source>
        <translation>Escreva aqui um comentário; ele é salvo enquanto você digita.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="57"/>
        <source>Comment text</source>
        <translation>Texto do comentário</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/comment_pane.py" line="58"/>
        <source>What the comment is about</source>
        <translation>Sobre o que é o comentário</translation>
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
        <translation>Cópia para codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="26"/>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="29"/>
        <source>Copy file</source>
        <translation>Arquivo da cópia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="32"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="37"/>
        <source>Blind: leave out other coders&apos; quotations and codings</source>
        <translation>Às cegas: sem as citações e codificações de outros codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="40"/>
        <source>Coder&apos;s name:</source>
        <translation>Nome do codificador:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="41"/>
        <source>Save the copy as:</source>
        <translation>Salvar a cópia como:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="57"/>
        <source>Save the Coder&apos;s Copy</source>
        <translation>Salvar a cópia do codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="58"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Projetos do qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="66"/>
        <source>Give the coder&apos;s name and where to save the copy.</source>
        <translation>Informe o nome do codificador e onde salvar a cópia.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="74"/>
        <source>Wrote %1 for %2.</source>
        <translation>%1 foi salvo para %2.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/copy_for_coder_dialog.py" line="76"/>
        <source>Left out %1 quotations and %2 codings of other coders.</source>
        <translation>Foram omitidas %1 citações e %2 codificações de outros codificadores.</translation>
    </message>
</context>
<context>
    <name>CustomBoundariesDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="19"/>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="20"/>
        <source>Custom Boundaries</source>
        <translation>Limites personalizados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="23"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="23"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="31"/>
        <source>Codes to keep</source>
        <translation>Códigos a manter</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="38"/>
        <source>First character:</source>
        <translation>Primeiro caractere:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="39"/>
        <source>Character after the last:</source>
        <translation>Caractere após o último:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/custom_boundaries_dialog.py" line="45"/>
        <source>Codes to keep:</source>
        <translation>Códigos a manter:</translation>
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
        <translation>Mostrar trechos coincidentes</translation>
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
        <translation>Trechos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="103"/>
        <source>Coder A&apos;s reading</source>
        <translation>Codificação do codificador A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="104"/>
        <source>Coder B&apos;s reading</source>
        <translation>Codificação do codificador B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="112"/>
        <source>Rationale for the decision (saved as a memo)</source>
        <translation>Justificativa da decisão (salva como memo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="113"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="117"/>
        <source>Accept A</source>
        <translation>Aceitar A</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="117"/>
        <source>Accept B</source>
        <translation>Aceitar B</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="117"/>
        <source>Union</source>
        <translation>União</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="118"/>
        <source>Intersection</source>
        <translation>Interseção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="124"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="126"/>
        <source>Set the passage&apos;s boundaries and codes yourselves</source>
        <translation>Definam vocês os limites e os códigos do trecho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="197"/>
        <source>%1: did not code this passage</source>
        <translation>%1: não codificou este trecho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="206"/>
        <source>Select a passage to compare the coders&apos; readings.</source>
        <translation>Selecione um trecho para comparar como cada codificador o codificou.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="210"/>
        <source>Passage %1 in document %2, domain “%3”: %4; characters %5–%6.</source>
        <translation>Trecho %1 do documento %2, domínio “%3”: %4; caracteres %5–%6.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/disagreements_panel.py" line="215"/>
        <source>A consensus decision exists; a new one replaces it.</source>
        <translation>Já existe uma decisão de consenso; uma nova a substitui.</translation>
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
        <translation>Citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="97"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="98"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/docks.py" line="99"/>
        <source>Comment</source>
        <translation>Comentário</translation>
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
        <translation>Renomear documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="24"/>
        <source>Add to Group…</source>
        <translation>Adicionar ao grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="25"/>
        <source>Remove from Group…</source>
        <translation>Remover do grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="26"/>
        <source>Set Attribute…</source>
        <translation>Definir atributo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="28"/>
        <source>Delete Document…</source>
        <translation>Excluir documento…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="30"/>
        <source>Import Attributes from CSV or Excel…</source>
        <translation>Importar atributos de CSV ou Excel…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="35"/>
        <source>Rename Document</source>
        <translation>Renomear documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="35"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="44"/>
        <source>Delete document {number} &apos;{name}&apos; with its {count} quotations? You can undo this.</source>
        <translation>Excluir o documento {number} “{name}” com suas {count} citações? Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="46"/>
        <source>Delete Document</source>
        <translation>Excluir documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="51"/>
        <source>Add to Group</source>
        <translation>Adicionar ao grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="51"/>
        <source>Document group (new or existing):</source>
        <translation>Grupo de documentos (novo ou existente):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="60"/>
        <source>Remove from Group</source>
        <translation>Remover do grupo</translation>
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
        <translation>Definir atributo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="69"/>
        <source>Attribute (e.g. provincia, gender):</source>
        <translation>Atributo (ex.: província, gênero):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="72"/>
        <source>Value (empty removes it):</source>
        <translation>Valor (vazio o remove):</translation>
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
        <translation>Planilhas (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/document_actions.py" line="85"/>
        <source>No document is named: {names}</source>
        <translation>Nenhum documento se chama: {names}</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../qda_app/gui/views/document_list.py" line="130"/>
        <location filename="../../qda_app/gui/views/document_list.py" line="143"/>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
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
        <translation>Nome</translation>
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
        <translation>Citações</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../qda_app/gui/views/document_view.py" line="79"/>
        <source>Document text</source>
        <translation>Texto do documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/document_view.py" line="80"/>
        <source>Document viewer</source>
        <translation>Visualizador de documentos</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="58"/>
        <source>Subcategories (codes without sub-codes)</source>
        <translation>Subcategorias (códigos sem subcódigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="59"/>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="59"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="63"/>
        <source>Counts (n12)</source>
        <translation>Frequências (n12)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="63"/>
        <source>c-coefficient</source>
        <translation>coeficiente c</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="65"/>
        <source>Counts</source>
        <translation>Frequências</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="65"/>
        <source>Normalised counts</source>
        <translation>Frequências normalizadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="66"/>
        <source>Row %</source>
        <translation>% da linha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="66"/>
        <source>Column %</source>
        <translation>% da coluna</translation>
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
        <translation>Linhas:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="74"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="76"/>
        <source>Columns:</source>
        <translation>Colunas:</translation>
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
        <translation>Só documentos dos grupos (nenhum: todos):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="87"/>
        <source>Only codes in the groups (none: all):</source>
        <translation>Só códigos dos grupos (nenhum: todos):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="89"/>
        <source>Smart codes</source>
        <translation>Códigos inteligentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="91"/>
        <source>Only quotations of the smart codes (none: all):</source>
        <translation>Só citações dos códigos inteligentes (nenhum: todas):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="96"/>
        <source>Export Table…</source>
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="103"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="130"/>
        <source>Code Co-occurrence</source>
        <translation>Coocorrência de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="130"/>
        <source>Codes and Documents</source>
        <translation>Códigos e documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="201"/>
        <source>%1 and %2 (n12 = %3)</source>
        <translation>%1 e %2 (n12 = %3)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="205"/>
        <source>all codes</source>
        <translation>todos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="240"/>
        <source>Export Quotations</source>
        <translation>Exportar citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="240"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="250"/>
        <source>Export Table</source>
        <translation>Exportar tabela</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/explorer_window.py" line="250"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="82"/>
        <source>Find in document</source>
        <translation>Pesquisar no documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="83"/>
        <source>Text to find</source>
        <translation>Texto a pesquisar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="84"/>
        <location filename="../../qda_app/gui/views/find_bar.py" line="85"/>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="86"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Localizar anterior (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="88"/>
        <source>Find next (Enter)</source>
        <translation>Localizar seguinte (Enter)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="90"/>
        <source>Code Hits…</source>
        <translation>Codificar resultados…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="91"/>
        <source>Code every hit, widened to its word, sentence, paragraph or speaker turn</source>
        <translation>Codificar cada resultado, ampliado à sua palavra, frase, parágrafo ou turno de fala</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="125"/>
        <source>No hits</source>
        <translation>Nenhum resultado</translation>
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
        <translation>Pesquisar anterior</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="89"/>
        <source>Find next</source>
        <translation>Pesquisar próximo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="92"/>
        <source>Code all hits</source>
        <translation>Codificar todos os resultados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="93"/>
        <location filename="../../qda_app/gui/views/find_bar.py" line="94"/>
        <source>Close find bar</source>
        <translation>Fechar a barra de pesquisa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/find_bar.py" line="95"/>
        <source>Find status</source>
        <translation>Estado da pesquisa</translation>
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
        <translation>Depois</translation>
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
        <translation>Citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="40"/>
        <source>Codings</source>
        <translation>Codificações</translation>
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
        <translation>Relações entre códigos</translation>
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
        <translation>Códigos criados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="42"/>
        <source>Codes matched by GUID</source>
        <translation>Códigos reconhecidos por GUID</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="43"/>
        <source>Codes matched by name</source>
        <translation>Códigos reconhecidos por nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="44"/>
        <source>Definitions filled in</source>
        <translation>Definições preenchidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="44"/>
        <source>Groups created</source>
        <translation>Grupos criados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="45"/>
        <source>Group members added</source>
        <translation>Membros de grupo adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="57"/>
        <source>Dropped or needing attention</source>
        <translation>Omitido ou que requer atenção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/import_report_dialog.py" line="58"/>
        <source>Changed or guessed</source>
        <translation>Alterações e suposições</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../../qda_app/gui/integrity_watch.py" line="104"/>
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="78"/>
        <source>Export REFI-QDA Project</source>
        <translation>Exportar projeto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="79"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projetos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="88"/>
        <source>Exporting the REFI-QDA project</source>
        <translation>Exportando o projeto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="90"/>
        <location filename="../../qda_app/gui/interop_actions.py" line="112"/>
        <source>REFI-QDA Export</source>
        <translation>Exportação REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="91"/>
        <source>Wrote %1. What REFI-QDA could not hold is listed below.</source>
        <translation>%1 foi salvo. Abaixo está o que o REFI-QDA não pode conter.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="100"/>
        <source>Export REFI-QDA Codebook</source>
        <translation>Exportar livro de códigos REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="101"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Livros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="110"/>
        <source>Exporting the codebook</source>
        <translation>Exportando o livro de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="113"/>
        <location filename="../../qda_app/gui/interop_actions.py" line="212"/>
        <source>Wrote %1.</source>
        <translation>%1 foi salvo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="121"/>
        <source>Import REFI-QDA Project</source>
        <translation>Importar projeto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="122"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Projetos REFI-QDA (*.qdpx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="126"/>
        <source>Save the Imported Project As</source>
        <translation>Salvar o projeto importado como</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="128"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Projetos do qda_app (*.qdaproj)</translation>
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
        <translation>Importação REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="148"/>
        <source>Created %1 from %2.</source>
        <translation>%1 criado a partir de %2.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="156"/>
        <source>%1 cannot be imported whole: %2 item(s) would be left out (see the details). Import the rest anyway? Nothing has been written yet.</source>
        <translation>%1 não pode ser importado por inteiro: %2 item(ns) ficariam de fora (veja os detalhes). Importar o resto mesmo assim? Nada foi gravado ainda.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="160"/>
        <source>Import without Them</source>
        <translation>Importar sem eles</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="178"/>
        <source>Import REFI-QDA Codebook</source>
        <translation>Importar livro de códigos REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="179"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Livros de códigos REFI-QDA (*.qdc);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="184"/>
        <source>REFI-QDA Codebook Import</source>
        <translation>Importação de livro de códigos REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="185"/>
        <source>Merged the codebook %1 into this project (Edit &gt; Undo takes it back).</source>
        <translation>O livro de códigos %1 foi mesclado a este projeto (Editar &gt; Desfazer o reverte).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="198"/>
        <source>Export Report Workbook</source>
        <translation>Exportar a pasta de trabalho de relatórios</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="199"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;Documento do Word (*.docx);;Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="209"/>
        <source>Exporting the reports</source>
        <translation>Exportando os relatórios</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/interop_actions.py" line="211"/>
        <source>Report Workbook</source>
        <translation>Pasta de trabalho de relatórios</translation>
    </message>
</context>
<context>
    <name>LeftOutTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="246"/>
        <source>Left out of the comparison</source>
        <translation>Excluídos da comparação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="256"/>
        <source>Nothing was left out: every figure rests on all chosen coders, codes and documents.</source>
        <translation>Nada foi excluído: cada valor baseia-se em todos os codificadores, códigos e documentos escolhidos.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="258"/>
        <source>These parts of the project are not part of the figures, for the reason given.</source>
        <translation>Estas partes do projeto não entram nos valores, pelo motivo indicado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="214"/>
        <source>New Project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="215"/>
        <location filename="../../qda_app/gui/main_window.py" line="225"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Projetos do qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="224"/>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="237"/>
        <source>Import Documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="238"/>
        <source>Documents (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;All files (*)</source>
        <translation>Documentos (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;Todos os arquivos (*)</translation>
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
        <translation>%1 em %2 desde %3</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="332"/>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="333"/>
        <source>Read-only: this project is open for writing by %1. You can read and search, but not change it.</source>
        <translation>Somente leitura: este projeto está aberto para escrita por %1. É possível ler e pesquisar, mas não alterá-lo.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="352"/>
        <source>Switch Coder</source>
        <translation>Trocar de codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="352"/>
        <source>Who is coding?</source>
        <translation>Quem está codificando?</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="391"/>
        <source>About qda_app</source>
        <translation>Sobre o qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="392"/>
        <source>qda_app %1
Qualitative data analysis by hand: code interviews, compare coders, export Atlas.ti-style tables.</source>
        <translation>qda_app %1
Análise qualitativa de dados com codificação manual: codifique entrevistas, compare codificadores e exporte tabelas no estilo do ATLAS.ti.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="415"/>
        <location filename="../../qda_app/gui/main_window.py" line="416"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="420"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="428"/>
        <source>Current coder</source>
        <translation>Codificador atual</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="429"/>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="430"/>
        <source>Read-only notice</source>
        <translation>Aviso de somente leitura</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="444"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="444"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="445"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/main_window.py" line="445"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
</context>
<context>
    <name>ManuscriptActions</name>
    <message>
        <location filename="../../qda_app/gui/manuscript_actions.py" line="45"/>
        <source>Table Excerpt</source>
        <translation>Excerto para tabelas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/manuscript_actions.py" line="46"/>
        <source>The words of %1 that the category tables print; mark what you leave out with […]. Empty: the whole quotation.</source>
        <translation>As palavras de %1 que as tabelas de categorias imprimem; marque o que omite com […]. Vazio: a citação inteira.</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="79"/>
        <source>Quotation margin</source>
        <translation>Margem de citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="81"/>
        <source>Brackets showing each quotation&apos;s extent, ID and codes; click one to select it, right-click for its actions, drop a code on it to code it</source>
        <translation>Colchetes que mostram a extensão, o ID e os códigos de cada citação; clique para selecioná-la, clique direito para suas ações, solte um código sobre ela para codificá-la</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="201"/>
        <source>+%1 more</source>
        <translation>+%1 mais</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="232"/>
        <source>%1 more quotations here: click to list them</source>
        <translation>Mais %1 citações aqui: clique para listá-las</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="247"/>
        <source>(no codes)</source>
        <translation>(sem códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="250"/>
        <source>Quotation %1</source>
        <translation>Citação %1</translation>
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
        <translation>Criada: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="256"/>
        <source>Comment: %1</source>
        <translation>Comentário: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/margin.py" line="300"/>
        <source>Widen the margin to show them all</source>
        <translation>Alargar a margem para mostrar todas</translation>
    </message>
</context>
<context>
    <name>MemoPane</name>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="135"/>
        <source>About: %1 · by %2 · created %3 · modified %4</source>
        <translation>Sobre: %1 · por %2 · criado %3 · modificado %4</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="153"/>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="154"/>
        <source>Memo title</source>
        <translation>Título do memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="155"/>
        <source>Write the memo here: observations, decisions, ideas…</source>
        <translation>Escreva o memo aqui: observações, decisões, ideias…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="156"/>
        <source>Memo text</source>
        <translation>Texto do memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="157"/>
        <source>Memo target and dates</source>
        <translation>Objeto e datas do memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="158"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="159"/>
        <source>New Memo…</source>
        <translation>Novo memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="160"/>
        <source>Save Now</source>
        <translation>Salvar agora</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="161"/>
        <source>Memos are saved as you type; this saves at once</source>
        <translation>Os memos são salvos enquanto você digita; isto salva imediatamente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/memo_pane.py" line="162"/>
        <source>Delete</source>
        <translation>Excluir</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="17"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="19"/>
        <source>&amp;Coding</source>
        <translation>&amp;Codificação</translation>
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
        <translation>&amp;Análise</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="30"/>
        <source>&amp;Team</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="31"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="33"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/menus.py" line="43"/>
        <source>&amp;Panes</source>
        <translation>&amp;Painéis</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="24"/>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="25"/>
        <source>Merge Report</source>
        <translation>Relatório da mesclagem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="29"/>
        <source>The coder changed what both sides share. Tick the changes to apply (the others stay as they are here):</source>
        <translation>O codificador alterou o que ambas as partes partilham. Marque as alterações a aplicar (as outras ficam como estão aqui):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="34"/>
        <source>Pending decisions</source>
        <translation>Decisões pendentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="35"/>
        <source>Apply Ticked Changes</source>
        <translation>Aplicar as alterações marcadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="51"/>
        <source>Resize quotation %1 from [%2, %3) to [%4, %5) (%6&apos;s boundaries)</source>
        <translation>Alterar os limites da citação %1 de [%2, %3) para [%4, %5) (limites de %6)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="55"/>
        <source>Remove %1&apos;s coding of %2 with “%3” (removed in the copy)</source>
        <translation>Remover a codificação de %2 com “%3” feita por %1 (removida na cópia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="89"/>
        <source>Relation</source>
        <translation>Relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="89"/>
        <source>Quotation link</source>
        <translation>Ligação entre citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="90"/>
        <source>Smart code</source>
        <translation>Código inteligente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="90"/>
        <source>Network node</source>
        <translation>Nó de rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="91"/>
        <source>Memo attachment</source>
        <translation>Memo anexado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="95"/>
        <source>both of its codes are one code here</source>
        <translation>os seus dois códigos são aqui um mesmo código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="96"/>
        <source>it would close a cycle of a transitive relation here</source>
        <translation>fecharia aqui um ciclo de uma relação transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="97"/>
        <source>a quotation it needs was not carried (its passage differs in the copy)</source>
        <translation>uma citação de que precisa não foi trazida (o seu trecho difere na cópia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="98"/>
        <source>both of its quotations are one quotation here</source>
        <translation>as suas duas citações são aqui uma mesma citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="99"/>
        <source>a smart code of that name has another query here (kept)</source>
        <translation>aqui um código inteligente com esse nome tem outra consulta (mantida)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="100"/>
        <source>its name is a code&apos;s here</source>
        <translation>o seu nome é aqui o de um código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="101"/>
        <source>its query names something this project does not have</source>
        <translation>a sua consulta nomeia algo que este projeto não tem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="102"/>
        <source>its query would refer to itself here</source>
        <translation>a sua consulta se referiria aqui a si mesma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="114"/>
        <source>Quotations added</source>
        <translation>Citações adicionadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="115"/>
        <source>Quotations already here</source>
        <translation>Citações já presentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="116"/>
        <source>Codings added</source>
        <translation>Codificações adicionadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="117"/>
        <source>Codings already here</source>
        <translation>Codificações já presentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="118"/>
        <source>Codes added</source>
        <translation>Códigos adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="119"/>
        <source>Documents matched</source>
        <translation>Documentos reconhecidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="120"/>
        <source>Documents added</source>
        <translation>Documentos adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="121"/>
        <source>Memos added</source>
        <translation>Memos adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="122"/>
        <source>Code links added</source>
        <translation>Relações entre códigos adicionadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="123"/>
        <source>Quotation links added</source>
        <translation>Ligações entre citações adicionadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="124"/>
        <source>Groups added</source>
        <translation>Grupos adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="125"/>
        <source>Group members added</source>
        <translation>Membros de grupos adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="126"/>
        <source>Smart codes added</source>
        <translation>Códigos inteligentes adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="127"/>
        <source>Networks added</source>
        <translation>Redes adicionadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="128"/>
        <source>Network nodes added</source>
        <translation>Nós de rede adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="129"/>
        <source>Representative marks added</source>
        <translation>Marcas de representativa adicionadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="130"/>
        <source>Coders added</source>
        <translation>Codificadores adicionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="137"/>
        <source>Corrected transcripts</source>
        <translation>Transcrições corrigidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="138"/>
        <source>Document %1 “%2” has a corrected text in the copy: %3 quotations moved onto this project&apos;s text, %4 not (their passage was edited).</source>
        <translation>O documento %1 “%2” tem um texto corrigido na cópia: %3 citações passaram para o texto deste projeto, %4 não (o seu trecho foi editado).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="143"/>
        <source>Not carried (the passage differs in the copy)</source>
        <translation>Não transferidas (o trecho difere na cópia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="144"/>
        <source>Quotation %1 of the copy, [%2, %3) “%4”, codes: %5</source>
        <translation>Citação %1 da cópia, [%2, %3) “%4”, códigos: %5</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="148"/>
        <source>Analysis not carried</source>
        <translation>Análise não trazida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="149"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="152"/>
        <source>The coder&apos;s changes</source>
        <translation>Alterações do codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="153"/>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="153"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="156"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="157"/>
        <source>Code renamed in the copy: kept “%1” (the copy calls it “%2”).</source>
        <translation>Código renomeado na cópia: mantido “%1” (a cópia o chama de “%2”).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="160"/>
        <source>Quotation %1: kept [%2, %3); the copy has [%4, %5).</source>
        <translation>Citação %1: mantido [%2, %3); a cópia tem [%4, %5).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="164"/>
        <source>Renamed networks</source>
        <translation>Redes renomeadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="165"/>
        <source>The copy&apos;s network “%1” is “%2” here (the name was taken).</source>
        <translation>A rede “%1” da cópia é aqui “%2” (o nome já existia).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="168"/>
        <source>Renumbered quotations (cite the new IDs)</source>
        <translation>Citações renumeradas (cite os novos IDs)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="169"/>
        <source>%1 in the copy is %2 here (its number was taken).</source>
        <translation>%1 da cópia é %2 aqui (seu número já estava em uso).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/merge_dialog.py" line="172"/>
        <source>Added</source>
        <translation>Adicionados</translation>
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
        <translation>{path}: esse arquivo de projeto não existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="23"/>
        <source>{path}: a file of that name exists already</source>
        <translation>{path}: já existe um arquivo com esse nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="24"/>
        <source>{path}: not a qda_app project ({detail})</source>
        <translation>{path}: não é um projeto do qda_app ({detail})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="25"/>
        <source>{path}: written by a newer version of qda_app (project schema version {found}; this version supports up to {supported}); update qda_app to change it</source>
        <translation>{path}: salvo por uma versão mais nova do qda_app (versão de esquema do projeto {found}; esta versão suporta até {supported}); atualize o qda_app para alterá-lo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="26"/>
        <source>{path}: open for writing by {holder} on {host} (process {pid}) since {since}; close it there. If that program is no longer running (a crash, another computer switched off), delete the lock file {path}.lock and open the project again</source>
        <translation>{path}: aberto para escrita por {holder} em {host} (processo {pid}) desde {since}; feche-o lá. Se esse programa já não estiver em execução (uma falha, outro computador desligado), apague o arquivo de bloqueio {path}.lock e abra o projeto de novo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="27"/>
        <source>{path}: another program on this computer (process {pid}) has the project open for writing, although its lock file {lock} was deleted; close the project in that program and try again</source>
        <translation>{path}: outro programa deste computador (processo {pid}) tem o projeto aberto para escrita, embora o seu arquivo de bloqueio {lock} tenha sido apagado; feche o projeto nesse programa e tente novamente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="28"/>
        <source>{path}: permission denied ({detail}); ask the file&apos;s owner for access or copy it to a folder of yours</source>
        <translation>{path}: permissão negada ({detail}); peça acesso ao dono do arquivo ou copie-o para uma pasta sua</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="29"/>
        <source>{path}: the lock file {lock} was removed or taken over by another program; to protect the project nothing more is saved from this window. Close the project and open it again</source>
        <translation>{path}: o arquivo de bloqueio {lock} foi apagado ou tomado por outro programa; para proteger o projeto, nada mais é salvo a partir desta janela. Feche o projeto e abra-o de novo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="30"/>
        <source>{path}: opened read-only, so it cannot be changed</source>
        <translation>{path}: aberto somente para leitura, não pode ser alterado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="31"/>
        <source>{path}: the project file is damaged ({detail}); list its backups with &apos;qda-app backups {path}&apos; and restore one with &apos;qda-app restore&apos;</source>
        <translation>{path}: o arquivo do projeto está danificado ({detail}); liste os backups com “qda-app backups {path}” e restaure um com “qda-app restore”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="32"/>
        <source>{path}: the change could not be saved ({detail}); nothing was changed</source>
        <translation>{path}: não foi possível salvar a alteração ({detail}); nada foi alterado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="33"/>
        <source>there is no document number {number}</source>
        <translation>não existe o documento número {number}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="34"/>
        <source>there is no quotation {quotation_id}</source>
        <translation>não existe a citação {quotation_id}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="35"/>
        <source>there is no code &apos;{path}&apos;</source>
        <translation>não existe o código “{path}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="36"/>
        <source>there is no coder &apos;{name}&apos;</source>
        <translation>não existe o codificador “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="37"/>
        <source>there is no {kind} group &apos;{name}&apos;</source>
        <translation>não existe o grupo de {kind} “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="38"/>
        <source>there is no memo {memo}</source>
        <translation>não existe o memo {memo}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="39"/>
        <source>[{start}, {end}) is not a range inside document {document} (0 to {length}, start before end)</source>
        <translation>[{start}, {end}) não é um intervalo dentro do documento {document} (de 0 a {length}, início antes do fim)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="40"/>
        <source>the {kind} name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de {kind} “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="41"/>
        <source>a {kind} named &apos;{name}&apos; exists already</source>
        <translation>já existe um {kind} chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="42"/>
        <source>&apos;{value}&apos; is not a colour; use #RRGGBB</source>
        <translation>“{value}” não é uma cor; use #RRGGBB</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="43"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="44"/>
        <source>cannot move &apos;{path}&apos; to &apos;{target}&apos;: {reason}</source>
        <translation>não é possível mover “{path}” para “{target}”: {reason}</translation>
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
        <translation>erro de sintaxe na consulta, linha {line}, coluna {column}: “{found}” inesperado; esperava-se {expected_text}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="55"/>
        <source>the query names &apos;{name}&apos;, which is not a code, smart code or code group</source>
        <translation>a consulta nomeia “{name}”, que não é um código, código inteligente nem grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="57"/>
        <source>{file}: not written: the pseudonymised copy still contains {names} (in {places}); add them to the names to replace (coder names need --coder-names)</source>
        <translation>{file}: não foi salvo: a cópia pseudonimizada ainda contém {names} (em {places}); adicione-os aos nomes a substituir (nomes de codificadores precisam de --coder-names)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="48"/>
        <source>there is no {scope} relation type &apos;{name}&apos;; known types: {known}</source>
        <translation>não há um tipo de relação de {scope} “{name}”; tipos conhecidos: {known}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="49"/>
        <source>the {kind} &apos;{item}&apos; cannot be related to itself</source>
        <translation>{kind} “{item}” não pode ser relacionado consigo mesmo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="50"/>
        <source>&apos;{source}&apos; {relation} &apos;{target}&apos; would close a cycle of a transitive relation</source>
        <translation>“{source}” {relation} “{target}” fecharia um ciclo de uma relação transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="51"/>
        <source>&apos;{source}&apos; {relation} &apos;{target}&apos; is not in the project</source>
        <translation>“{source}” {relation} “{target}” não está no projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="52"/>
        <source>there is no network &apos;{name}&apos;</source>
        <translation>não há uma rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="53"/>
        <source>there is no smart code &apos;{name}&apos;</source>
        <translation>não há um código inteligente “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="56"/>
        <source>the smart code &apos;{name}&apos; refers to itself ({path})</source>
        <translation>o código inteligente “{name}” refere-se a si mesmo ({path})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="58"/>
        <source>{path}: cannot be changed: {detail}</source>
        <translation>{path}: não pode ser alterado: {detail}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="59"/>
        <source>query syntax error at line {line}, column {column}: the query ends too early; expected {expected_text}</source>
        <translation>erro de sintaxe na consulta, linha {line}, coluna {column}: a consulta termina cedo demais; esperava-se {expected_text}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="63"/>
        <source>no such file or folder</source>
        <translation>esse arquivo ou pasta não existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="64"/>
        <location filename="../../qda_app/gui/messages.py" line="82"/>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="65"/>
        <source>is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="66"/>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="67"/>
        <source>is too large</source>
        <translation>é grande demais</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="68"/>
        <source>is not a text document (binary content)</source>
        <translation>não é um documento de texto (conteúdo binário)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="69"/>
        <source>has bytes that are invalid in every known text encoding</source>
        <translation>tem bytes inválidos em todas as codificações de texto conhecidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="70"/>
        <source>is damaged or truncated</source>
        <translation>está danificado ou truncado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="71"/>
        <location filename="../../qda_app/gui/messages.py" line="93"/>
        <source>is password-protected</source>
        <translation>está protegido por senha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="72"/>
        <location filename="../../qda_app/gui/messages.py" line="94"/>
        <source>expands to an unreasonable size (possible zip bomb)</source>
        <translation>se expande para um tamanho desmedido (possível bomba zip)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="73"/>
        <source>contains unsafe XML (entity declarations)</source>
        <translation>contém XML inseguro (declarações de entidades)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="74"/>
        <source>contains a file path that points outside the archive, or a link (refused)</source>
        <translation>contém um caminho que aponta para fora do arquivo, ou um link (recusado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="75"/>
        <source>has no text layer (a scanned PDF?); run OCR first</source>
        <translation>não tem camada de texto (um PDF digitalizado?); aplique OCR primeiro</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="76"/>
        <source>is not a supported format</source>
        <translation>não é um formato suportado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="77"/>
        <source>has the same content as a document already in the project</source>
        <translation>tem o mesmo conteúdo de um documento que já está no projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="81"/>
        <source>no such file</source>
        <translation>esse arquivo não existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="83"/>
        <source>is not a REFI-QDA project archive (not a zip file)</source>
        <translation>não é um arquivo de projeto REFI-QDA (não é um arquivo zip)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="84"/>
        <source>holds no project.qde, so it is not a REFI-QDA project</source>
        <translation>não contém project.qde, portanto não é um projeto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="85"/>
        <source>holds several .qde project files</source>
        <translation>contém vários arquivos de projeto .qde</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="86"/>
        <source>is not a REFI-QDA file</source>
        <translation>não é um arquivo REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="87"/>
        <source>is damaged: its XML is not well-formed</source>
        <translation>está danificado: seu XML não está bem formado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="88"/>
        <source>contains unsafe XML (DOCTYPE or entity declarations) and was refused</source>
        <translation>contém XML inseguro (DOCTYPE ou declarações de entidades) e foi recusado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="89"/>
        <source>is too large to import</source>
        <translation>é grande demais para importar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="90"/>
        <source>has too many files inside</source>
        <translation>contém arquivos demais</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="91"/>
        <source>contains a file path that points outside the archive (refused)</source>
        <translation>contém um caminho que aponta para fora do arquivo (recusado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="92"/>
        <source>contains a symbolic link (refused)</source>
        <translation>contém um link simbólico (recusado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="95"/>
        <source>could not be written</source>
        <translation>não pôde ser salvo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="96"/>
        <source>lacks the text of a document</source>
        <translation>falta o texto de um documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="97"/>
        <source>cannot be imported without losing data</source>
        <translation>não pode ser importado sem perder dados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="98"/>
        <source>was not written: a REFI-QDA codebook must hold at least one code</source>
        <translation>não foi salvo: um livro de códigos REFI-QDA deve ter pelo menos um código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="102"/>
        <source>offsets in {source} read as {unit_words}{origin}{bom_words}: {reason_words}</source>
        <translation>posições de {source} lidas como {unit_words}{origin}{bom_words}: {reason_words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="103"/>
        <source>offsets in {count} document(s) read as code points: no character outside the BMP comes before their quotations, so code points and UTF-16 units agree</source>
        <translation>posições de {count} documento(s) lidas como pontos de código: nenhum caractere fora do BMP precede suas citações, então pontos de código e unidades UTF-16 coincidem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="109"/>
        <source>{source} is a {source_kind} source; its {text_from} was imported as a text document with {quotations} quotation(s)</source>
        <translation>{source} é um documento do tipo {source_kind}; o seu {text_from} foi importado como documento de texto com {quotations} citação(ões)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="110"/>
        <source>{source} is a {source_kind} source without text; not imported</source>
        <translation>{source} é um documento do tipo {source_kind} sem texto; não foi importado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="113"/>
        <source>two {element} elements share the GUID {guid}; the second was given a new GUID</source>
        <translation>dois elementos {element} têm o mesmo GUID {guid}; o segundo recebeu um GUID novo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="114"/>
        <source>two {element} elements share the GUID {guid}; the second was left out</source>
        <translation>dois elementos {element} têm o mesmo GUID {guid}; o segundo foi deixado de fora</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="115"/>
        <source>a {element} uses the GUID {guid} of a {first}; the {element} was given a new GUID</source>
        <translation>um elemento {element} usa o GUID {guid} de um elemento {first}; o elemento {element} recebeu um GUID novo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="116"/>
        <source>a {element} uses the GUID {guid} of a {first}; the {element} was left out</source>
        <translation>um elemento {element} usa o GUID {guid} de um elemento {first}; o elemento {element} foi deixado de fora</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="180"/>
        <source>a code named &apos;{name}&apos; exists already</source>
        <translation>já existe um código chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="181"/>
        <source>a smart code named &apos;{name}&apos; exists already</source>
        <translation>já existe um código inteligente chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="182"/>
        <source>a network named &apos;{name}&apos; exists already</source>
        <translation>já existe uma rede chamada “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="183"/>
        <source>a relation type named &apos;{name}&apos; exists already</source>
        <translation>já existe um tipo de relação chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="184"/>
        <source>a code group named &apos;{name}&apos; exists already</source>
        <translation>já existe um grupo de códigos chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="185"/>
        <source>a coder named &apos;{name}&apos; exists already</source>
        <translation>já existe um codificador chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="186"/>
        <source>a document named &apos;{name}&apos; exists already</source>
        <translation>já existe um documento chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="187"/>
        <source>the code name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de código “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="188"/>
        <source>the smart code name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de código inteligente “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="189"/>
        <source>the network name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de rede “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="190"/>
        <source>the relation type name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de tipo de relação “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="191"/>
        <source>the code group name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de grupo de códigos “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="192"/>
        <source>the group name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de grupo “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="193"/>
        <source>the document name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de documento “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="194"/>
        <source>the attribute name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de atributo “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="195"/>
        <source>the coder name &apos;{name}&apos; cannot be used: {reason}</source>
        <translation>o nome de codificador “{name}” não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="196"/>
        <source>there is no code group &apos;{name}&apos;</source>
        <translation>não existe o grupo de códigos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="197"/>
        <source>there is no document group &apos;{name}&apos;</source>
        <translation>não existe o grupo de documentos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="198"/>
        <source>the code &apos;{item}&apos; cannot be related to itself</source>
        <translation>o código “{item}” não pode ser relacionado consigo mesmo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="199"/>
        <source>the quotation &apos;{item}&apos; cannot be related to itself</source>
        <translation>a citação “{item}” não pode ser relacionada consigo mesma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="200"/>
        <source>the memo &apos;{item}&apos; cannot be related to itself</source>
        <translation>o memo “{item}” não pode ser relacionado consigo mesmo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="201"/>
        <source>there is no code relation type &apos;{name}&apos;; known types: {known}</source>
        <translation>não existe o tipo de relação entre códigos “{name}”; tipos existentes: {known}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="202"/>
        <source>there is no quotation relation type &apos;{name}&apos;; known types: {known}</source>
        <translation>não existe o tipo de relação entre citações “{name}”; tipos existentes: {known}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="205"/>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="206"/>
        <source>it is too long</source>
        <translation>é longo demais</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="207"/>
        <source>it contains control characters</source>
        <translation>contém caracteres de controle</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="208"/>
        <source>&apos;::&apos; separates the levels of a code</source>
        <translation>“::” separa os níveis de um código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="209"/>
        <source>a level of the code path is empty</source>
        <translation>um nível do caminho do código está vazio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="212"/>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="213"/>
        <source>a code name in quotes</source>
        <translation>um nome de código entre aspas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="214"/>
        <source>a proximity operator</source>
        <translation>um operador de proximidade</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="215"/>
        <source>the end</source>
        <translation>o fim</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="218"/>
        <source>qda-app: error: {message}</source>
        <translation>qda-app: erro: {message}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="219"/>
        <source>qda-app: skipped: {message}</source>
        <translation>qda-app: ignorado: {message}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="220"/>
        <source>qda-app: refused: {message}</source>
        <translation>qda-app: recusado: {message}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="221"/>
        <source>  would be left out: {entry}</source>
        <translation>  ficaria de fora: {entry}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="222"/>
        <source>  left out: {entry}</source>
        <translation>  deixado de fora: {entry}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="223"/>
        <source>qda-app: fix the file, or import with --accept-losses to leave these out</source>
        <translation>qda-app: corrija o arquivo ou importe com --accept-losses para deixar estes elementos de fora</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="224"/>
        <source>qda-app: interrupted; the project keeps every change that was completed</source>
        <translation>qda-app: interrompido; o projeto mantém todas as alterações que foram concluídas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="225"/>
        <source>qda-app: internal error: {kind}: {detail} (details in {log})</source>
        <translation>qda-app: erro interno: {kind}: {detail} (detalhes em {log})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="226"/>
        <source>qda-app: note: the code &apos;{path}&apos; exists already</source>
        <translation>qda-app: nota: o código “{path}” já existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="227"/>
        <source>qda-app: note: the code &apos;{path}&apos; exists already (colour and definition updated)</source>
        <translation>qda-app: nota: o código “{path}” já existe (a cor e a definição foram atualizadas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="228"/>
        <source>qda-app: merged {merged} into &apos;{kept}&apos;</source>
        <translation>qda-app: {merged} mesclado(s) em “{kept}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="229"/>
        <source>qda-app: no duplicate codes</source>
        <translation>qda-app: não há códigos duplicados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="230"/>
        <source>qda-app: note: {same} are one code by name; &apos;qda-app codes {project} --merge-duplicates&apos; merges them</source>
        <translation>qda-app: nota: {same} são um só código pelo nome; “qda-app codes {project} --merge-duplicates” os mescla</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="231"/>
        <source>qda-app: warning: no document named &apos;{name}&apos;</source>
        <translation>qda-app: aviso: não há nenhum documento chamado “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="232"/>
        <source>qda-app: no quotation matches the query in this scope</source>
        <translation>qda-app: nenhuma citação satisfaz a consulta neste escopo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="233"/>
        <source>qda-app: saved as the smart code &apos;{name}&apos; ({count} quotations now)</source>
        <translation>qda-app: salva como o código inteligente “{name}” (citações agora: {count})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="234"/>
        <source>importing</source>
        <translation>importando</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="235"/>
        <source>reports</source>
        <translation>relatórios</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="236"/>
        <source>{prog}: {message} (see {prog} --help)</source>
        <translation>{prog}: {message} (veja {prog} --help)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="237"/>
        <source>qda-app: warning: {file}: {warning}</source>
        <translation>qda-app: aviso: {file}: {warning}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="238"/>
        <source>qda-app: error: no display found for the program window; run it in a desktop session, or use the command-line verbs (qda-app --help)</source>
        <translation>qda-app: erro: não há tela para a janela do programa; abra-o numa sessão de área de trabalho ou use os comandos da linha de comando (qda-app --help)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="241"/>
        <source>{name}: use one of {choices}</source>
        <translation>{name}: use um destes valores: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="242"/>
        <source>{name}: &apos;{value}&apos; is not one of {choices}</source>
        <translation>{name}: “{value}” não é um destes valores: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="243"/>
        <source>{name}: name at least two different coders</source>
        <translation>{name}: indique pelo menos dois codificadores diferentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="244"/>
        <source>{name}: name exactly two coders</source>
        <translation>{name}: indique exatamente dois codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="245"/>
        <source>{name}: segment agreement compares exactly two coders</source>
        <translation>{name}: a concordância por segmentos compara exatamente dois codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="246"/>
        <source>{name}: give a number of resamples, 0 or more (got {value})</source>
        <translation>{name}: indique um número de reamostragens, 0 ou mais (recebido: {value})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="247"/>
        <source>{name}: must be 1 or more (got {value})</source>
        <translation>{name}: deve ser 1 ou mais (recebido: {value})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="248"/>
        <source>{name}: must be 1 or more (got {value}); the backup just taken is always kept</source>
        <translation>{name}: deve ser 1 ou mais (recebido: {value}); o backup que acabou de ser feito é sempre mantido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="249"/>
        <source>{name}: give a percentage from 0 to 100</source>
        <translation>{name}: indique uma porcentagem de 0 a 100</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="250"/>
        <source>{name}: must be between 0 and 1 (got {value})</source>
        <translation>{name}: deve estar entre 0 e 1 (recebido: {value})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="251"/>
        <source>{name}: the code &apos;{code}&apos; has no sub-codes</source>
        <translation>{name}: o código “{code}” não tem subcódigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="252"/>
        <source>{name}: the quotation {quotation} does not exist</source>
        <translation>{name}: a citação {quotation} não existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="253"/>
        <source>{name}: the text between the ellipses must be words of quotation {quotation}, in order</source>
        <translation>{name}: o texto entre as reticências deve ser formado por palavras da citação {quotation}, na ordem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="254"/>
        <source>{name}: must not be empty</source>
        <translation>{name}: não pode ficar vazio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="255"/>
        <source>the smart code &apos;{smart_code}&apos; cannot be deleted: the smart code &apos;{used_by}&apos; uses it; delete or change that one first</source>
        <translation>não é possível excluir o código inteligente “{smart_code}”: o código inteligente “{used_by}” o usa; exclua ou altere esse primeiro</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="256"/>
        <source>{name}: the coders used different codes; say which to keep</source>
        <translation>{name}: os codificadores usaram códigos diferentes; indique quais manter</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="257"/>
        <source>{name}: give start and end</source>
        <translation>{name}: indique o início e o fim</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="258"/>
        <source>{name}: &apos;{decision}&apos; leaves nothing coded in this passage</source>
        <translation>{name}: “{decision}” não deixa nada codificado neste trecho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="259"/>
        <source>{name}: custom boundaries are decided one passage at a time</source>
        <translation>{name}: limites personalizados são decididos um trecho de cada vez</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="260"/>
        <source>{name}: is a folder, not a file</source>
        <translation>{name}: é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="261"/>
        <source>{name}: is a FIFO (named pipe), not a file</source>
        <translation>{name}: é um FIFO (pipe nomeado), não um arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="262"/>
        <source>{name}: is a socket, not a file</source>
        <translation>{name}: é um socket, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="263"/>
        <source>{name}: is a device, not a file</source>
        <translation>{name}: é um dispositivo, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="264"/>
        <source>{name}: is not a regular file</source>
        <translation>{name}: não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="265"/>
        <source>node {kind}:{target}: nothing with that id is in the project</source>
        <translation>nó {kind}:{target}: não há nada com esse id no projeto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="266"/>
        <source>{name}: there is no document named &apos;{document}&apos;</source>
        <translation>{name}: não existe nenhum documento chamado “{document}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="267"/>
        <source>{name}: not in the network &apos;{network}&apos;: {nodes}</source>
        <translation>{name}: não estão na rede “{network}”: {nodes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="268"/>
        <source>{name}: the code &apos;{code}&apos; is not a number; the ordinal, interval and ratio levels need codes named by numbers</source>
        <translation>{name}: o código “{code}” não é um número; os níveis ordinal, intervalar e de razão precisam de códigos nomeados por números</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="269"/>
        <source>{name}: no names to replace (give --replace NAME=PSEUDONYM or --names-file)</source>
        <translation>{name}: não há nomes a substituir (use --replace NOME=PSEUDÔNIMO ou --names-file)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="270"/>
        <source>{name}: &apos;{value}&apos; is not NAME=VALUE</source>
        <translation>{name}: “{value}” não tem a forma NOME=VALOR</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="271"/>
        <source>{name}: &apos;{value}&apos; is not KIND:REF, with KIND one of {choices}</source>
        <translation>{name}: “{value}” não tem a forma TIPO:REF, com TIPO um destes: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="272"/>
        <source>{name}: give --passage N, --start and --end</source>
        <translation>{name}: indique --passage N, --start e --end</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="273"/>
        <source>{name}: there is no passage {passage} (1 to {count})</source>
        <translation>{name}: não existe o trecho {passage} (de 1 a {count})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="274"/>
        <source>{name}: the project has no backups</source>
        <translation>{name}: o projeto não tem backups</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="275"/>
        <source>{name}: expected NAME=PSEUDONYM, got &apos;{value}&apos;</source>
        <translation>{name}: esperava-se NOME=PSEUDÔNIMO, recebido “{value}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="276"/>
        <source>{name}: no such file</source>
        <translation>{name}: esse arquivo não existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="277"/>
        <source>{name}: a document length is negative</source>
        <translation>{name}: o comprimento de um documento é negativo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="278"/>
        <source>{name}: &apos;{value}&apos; is not a quotation ID; write D:Q, e.g. 3:41</source>
        <translation>{name}: “{value}” não é um identificador de citação; escreva D:C, p. ex. 3:41</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="281"/>
        <source>created {project}</source>
        <translation>{project} foi criado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="282"/>
        <source>wrote {path}</source>
        <translation>{path} foi salvo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="283"/>
        <source>workbook written to {path}</source>
        <translation>pasta de trabalho salva em {path}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="284"/>
        <source>demo project written to {path}</source>
        <translation>projeto de demonstração salvo em {path}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="285"/>
        <source>imported {number}: {name} ({chars} characters)</source>
        <translation>importado {number}: {name} ({chars} caracteres)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="286"/>
        <source>{imported} imported, {skipped} skipped as duplicates, {refused} refused</source>
        <translation>importados: {imported}; ignorados por duplicados: {skipped}; recusados: {refused}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="287"/>
        <source>{values} values of {attributes} attributes set on {documents} documents</source>
        <translation>{values} valores de {attributes} atributos definidos em {documents} documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="288"/>
        <source>wrote {path}: {replacements} replacements in {documents} documents and {fields} other texts, {quotations} quotations realigned; no name is left in the file</source>
        <translation>{path} foi salvo: {replacements} substituições em {documents} documentos e {fields} outros textos, {quotations} citações realinhadas; nenhum nome ficou no arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="289"/>
        <source>restored {project} from {backup}; the replaced file is kept as {kept}</source>
        <translation>{project} restaurado a partir de {backup}; o arquivo substituído foi mantido como {kept}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="290"/>
        <source>{quotation}: excerpt set</source>
        <translation>{quotation}: excerto salvo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="291"/>
        <source>{quotation}: printed whole</source>
        <translation>{quotation}: será impressa inteira</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="292"/>
        <source>left out: {words}</source>
        <translation>excluídas: {words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="293"/>
        <source>counted: {words}</source>
        <translation>contadas: {words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="294"/>
        <source>removed {count} relations</source>
        <translation>{count} relações removidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="295"/>
        <source>removed 1 relation</source>
        <translation>1 relação removida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="296"/>
        <source>removed {count} links</source>
        <translation>{count} vínculos removidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="297"/>
        <source>removed 1 link</source>
        <translation>1 vínculo removido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="298"/>
        <source>deleted the code group &apos;{name}&apos;</source>
        <translation>grupo de códigos “{name}” excluído</translation>
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
        <translation>rede “{name}” excluída</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="302"/>
        <source>{name}: {count} nodes</source>
        <translation>{name}: {count} nós</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="303"/>
        <source>{name}: 1 node</source>
        <translation>{name}: 1 nó</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="304"/>
        <source>wrote {path} for {coder}</source>
        <translation>{path} foi salvo para {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="305"/>
        <source>wrote {path} for {coder} (left out {quotations} quotations and {codings} codings of others)</source>
        <translation>{path} foi salvo para {coder} (sem {quotations} citações e {codings} codificações de outros)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="306"/>
        <source>{count} passages decided ({decision}) in the &apos;Consensus&apos; layer</source>
        <translation>{count} trechos decididos ({decision}) na camada “Consensus”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="307"/>
        <source>{count} passages decided ({decision}) in the &apos;Consensus&apos; layer; {skipped} skipped (nothing left to code)</source>
        <translation>{count} trechos decididos ({decision}) na camada “Consensus”; {skipped} ignorados (nada restava a codificar)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="308"/>
        <source>1 passage decided ({decision}) in the &apos;Consensus&apos; layer</source>
        <translation>1 trecho decidido ({decision}) na camada “Consensus”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="309"/>
        <source>1 passage decided ({decision}) in the &apos;Consensus&apos; layer; {skipped} skipped (nothing left to code)</source>
        <translation>1 trecho decidido ({decision}) na camada “Consensus”; {skipped} ignorados (nada restava a codificar)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="310"/>
        <source>{path} ({coder}, {codings} simulated codings)</source>
        <translation>{path} ({coder}, {codings} codificações simuladas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="311"/>
        <source>document {number}: the text is the same; nothing changed</source>
        <translation>documento {number}: o texto é o mesmo; nada mudou</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="312"/>
        <source>document {number}: text replaced; quotations moved: {moved}; passages changed: {changed}</source>
        <translation>documento {number}: texto substituído; citações deslocadas: {moved}; trechos alterados: {changed}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="313"/>
        <source>  {quotation}: its whole passage was deleted; kept as one character, codes intact (was: {before})</source>
        <translation>  {quotation}: todo o seu trecho foi apagado; mantida como um caractere, com os códigos intactos (era: {before})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="314"/>
        <source>{path}: pages: {pages}; quotations: {quotations}</source>
        <translation>{path}: páginas: {pages}; citações: {quotations}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="315"/>
        <source>  listed at the foot of their page for want of margin lanes (not drawn as brackets): {quotations}</source>
        <translation>  listadas no pé da página por falta de faixas na margem (sem colchete desenhado): {quotations}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="316"/>
        <source>merged {file}: {quotations} quotations, {codings} codings, {codes} codes, {documents} documents, {memos} memos added; {present} quotations were there already</source>
        <translation>mesclado {file}: adicionados {quotations} citações, {codings} codificações, {codes} códigos, {documents} documentos e {memos} memos; {present} citações já estavam lá</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="317"/>
        <source>  code renamed in the copy: kept &apos;{kept}&apos; (copy: &apos;{other}&apos;)</source>
        <translation>  código renomeado na cópia: mantido “{kept}” (cópia: “{other}”)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="318"/>
        <source>  quotation {copy} of the copy is {here} here (number taken)</source>
        <translation>  a citação {copy} da cópia é {here} aqui (número ocupado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="319"/>
        <source>  document {number} &apos;{name}&apos; has a corrected text in the copy: {carried} quotations moved onto the project&apos;s text, {not_carried} not</source>
        <translation>  o documento {number} “{name}” tem um texto corrigido na cópia: {carried} citações levadas ao texto do projeto, {not_carried} não</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="320"/>
        <source>warning: quotation {quotation} of the copy not carried: its passage was deleted in the copy ([{start}, {end}) &apos;{text}&apos;, codes: {codes})</source>
        <translation>aviso: a citação {quotation} da cópia não foi levada: o seu trecho foi apagado na cópia ([{start}, {end}) “{text}”, códigos: {codes})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="321"/>
        <source>warning: quotation {quotation} of the copy not carried: its passage was edited in the copy ([{start}, {end}) &apos;{text}&apos;, codes: {codes})</source>
        <translation>aviso: a citação {quotation} da cópia não foi levada: o seu trecho foi editado na cópia ([{start}, {end}) “{text}”, códigos: {codes})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="322"/>
        <source>  decision {number}: resize quotation {quotation} from [{start}, {end}) to [{new_start}, {new_end}): applied</source>
        <translation>  decisão {number}: redimensionar a citação {quotation} de [{start}, {end}) para [{new_start}, {new_end}): aplicada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="323"/>
        <source>  decision {number}: resize quotation {quotation} from [{start}, {end}) to [{new_start}, {new_end}): pending</source>
        <translation>  decisão {number}: redimensionar a citação {quotation} de [{start}, {end}) para [{new_start}, {new_end}): pendente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="324"/>
        <source>  decision {number}: remove {coder}&apos;s coding of {quotation} with &apos;{code}&apos;: applied</source>
        <translation>  decisão {number}: remover a codificação de {coder} em {quotation} com “{code}”: aplicada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="325"/>
        <source>  decision {number}: remove {coder}&apos;s coding of {quotation} with &apos;{code}&apos;: pending</source>
        <translation>  decisão {number}: remover a codificação de {coder} em {quotation} com “{code}”: pendente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="326"/>
        <source>  {count} decisions pending: merge again with --accept-all or --accept N</source>
        <translation>  {count} decisões pendentes: mescle de novo com --accept-all ou --accept N</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="327"/>
        <source>  1 decision pending: merge again with --accept-all or --accept N</source>
        <translation>  1 decisão pendente: mescle de novo com --accept-all ou --accept N</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="328"/>
        <source>  analysis added: {counts}</source>
        <translation>  análise adicionada: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="329"/>
        <source>  network &apos;{copy}&apos; of the copy is &apos;{here}&apos; here (the name was taken)</source>
        <translation>  a rede “{copy}” da cópia chama-se aqui “{here}” (o nome já estava em uso)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="330"/>
        <source>warning: relation &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: a relação “{name}” da cópia não foi levada: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="331"/>
        <source>warning: quotation link &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: o vínculo entre citações “{name}” da cópia não foi levado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="332"/>
        <source>warning: smart code &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: o código inteligente “{name}” da cópia não foi levado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="333"/>
        <source>warning: network node &apos;{name}&apos; of the copy not carried: {reason}</source>
        <translation>aviso: o nó de rede “{name}” da cópia não foi levado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="334"/>
        <source>warning: &apos;{name}&apos; ({kind}) of the copy not carried: {reason}</source>
        <translation>aviso: “{name}” ({kind}) da cópia não foi levado: {reason}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="335"/>
        <source>both of its codes are one code here</source>
        <translation>os seus dois códigos são aqui um mesmo código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="336"/>
        <source>it would close a cycle of a transitive relation here</source>
        <translation>fecharia aqui um ciclo de uma relação transitiva</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="337"/>
        <source>a quotation it needs was not carried (its passage differs in the copy)</source>
        <translation>uma citação de que precisa não foi levada (o seu trecho difere na cópia)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="338"/>
        <source>both of its quotations are one quotation here</source>
        <translation>as suas duas citações são aqui uma mesma citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="339"/>
        <source>a smart code of that name has another query here (kept)</source>
        <translation>aqui um código inteligente com esse nome tem outra consulta (mantida)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="340"/>
        <source>its name is a code&apos;s here</source>
        <translation>o seu nome é aqui o de um código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="341"/>
        <source>its query names something this project does not have</source>
        <translation>a sua consulta nomeia algo que este projeto não tem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="342"/>
        <source>its query would refer to itself here</source>
        <translation>a sua consulta se referiria aqui a si mesma</translation>
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
        <translation>{count} membros de grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="346"/>
        <source>1 group member</source>
        <translation>1 membro de grupo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="347"/>
        <source>{count} network nodes</source>
        <translation>{count} nós de rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="348"/>
        <source>1 network node</source>
        <translation>1 nó de rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="349"/>
        <source>coders: {coders}; documents: {documents} ({characters} characters)</source>
        <translation>codificadores: {coders}; documentos: {documents} ({characters} caracteres)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="350"/>
        <source>coders: {coders}; documents: none ({characters} characters)</source>
        <translation>codificadores: {coders}; documentos: nenhum ({characters} caracteres)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="351"/>
        <source>{first}, ... ({total} documents)</source>
        <translation>{first}, ... ({total} documentos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="352"/>
        <source>pairs of coders (all codes; each pair on the documents both coded):</source>
        <translation>pares de codificadores (todos os códigos; cada par nos documentos que ambos codificaram):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="353"/>
        <source>segments of {first} and {second} (matched when overlapping by at least {share}):</source>
        <translation>segmentos de {first} e {second} (coincidem quando se sobrepõem em pelo menos {share}):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="354"/>
        <source>Brennan &amp; Prediger kappa: {kappa} (k = {count} codes)</source>
        <translation>kappa de Brennan e Prediger: {kappa} (k = {count} códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="355"/>
        <source>Brennan &amp; Prediger kappa: {kappa} (k = 1 code)</source>
        <translation>kappa de Brennan e Prediger: {kappa} (k = 1 código)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="356"/>
        <source>{measure} per code and document:</source>
        <translation>{measure} por código e documento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="357"/>
        <source>Krippendorff&apos;s alpha ({level}) over {units} passages as units, codes as values: {alpha} ({pairable_units} pairable units, {pairable_values} pairable values) - {reading}</source>
        <translation>alfa de Krippendorff ({level}) sobre {units} trechos como unidades e os códigos como valores: {alpha} ({pairable_units} unidades pareáveis, {pairable_values} valores pareáveis) - {reading}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="358"/>
        <source>Krippendorff: alpha &gt;= .800 reliable; .667 &lt;= alpha &lt; .800 tentative conclusions only. Definitions: docs/agreement.md</source>
        <translation>Krippendorff: com alfa &gt;= .800 os dados são confiáveis; com .667 &lt;= alfa &lt; .800 só permitem conclusões provisórias. Definições: docs/agreement.md</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="359"/>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="360"/>
        <source>overall (partial, see warnings)</source>
        <translation>global (parcial, ver os avisos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="361"/>
        <source>all codes</source>
        <translation>todos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="362"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="363"/>
        <source>{reading} (from {used} of {total} domains only)</source>
        <translation>{reading} (apenas a partir de {used} de {total} domínios)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="364"/>
        <source>warning: {line}</source>
        <translation>aviso: {line}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="439"/>
        <source>{path}: not a qda_app project (an SQLite file of another program)</source>
        <translation>{path}: não é um projeto do qda_app (é um arquivo SQLite de outro programa)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="440"/>
        <source>{path}: not a qda_app project (an empty file)</source>
        <translation>{path}: não é um projeto do qda_app (é um arquivo vazio)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="441"/>
        <source>{path}: not a qda_app project (not an SQLite file)</source>
        <translation>{path}: não é um projeto do qda_app (não é um arquivo SQLite)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="442"/>
        <source>{path}: not a qda_app project: it is a folder</source>
        <translation>{path}: não é um projeto do qda_app: é uma pasta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="443"/>
        <source>{path}: not a qda_app project: it is a FIFO (named pipe)</source>
        <translation>{path}: não é um projeto do qda_app: é um FIFO (pipe nomeado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="444"/>
        <source>{path}: not a qda_app project: it is a socket</source>
        <translation>{path}: não é um projeto do qda_app: é um socket</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="445"/>
        <source>{path}: not a qda_app project: it is a device</source>
        <translation>{path}: não é um projeto do qda_app: é um dispositivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="446"/>
        <source>{path}: not a qda_app project: it is not a regular file</source>
        <translation>{path}: não é um projeto do qda_app: não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="447"/>
        <source>{path}: not a qda_app project; restore replaces only a qda_app project</source>
        <translation>{path}: não é um projeto do qda_app; restaurar só substitui um projeto do qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="448"/>
        <source>{path}: cannot be changed: the file is read-only (permission denied)</source>
        <translation>{path}: não pode ser alterado: o arquivo é somente leitura (permissão negada)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="449"/>
        <source>{path}: cannot be changed: its folder is read-only (permission denied)</source>
        <translation>{path}: não pode ser alterado: sua pasta é somente leitura (permissão negada)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="450"/>
        <source>{path}: cannot be changed: the file or its folder cannot be written (read-only media or permissions)</source>
        <translation>{path}: não pode ser alterado: não é possível gravar no arquivo ou em sua pasta (mídia somente leitura ou permissões)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="451"/>
        <source>{path}: cannot be changed: its folder is read-only and holds an unfinished -wal journal; copy the project with its -wal file to a writable folder</source>
        <translation>{path}: não pode ser alterado: sua pasta é somente leitura e contém um diário -wal inacabado; copie o projeto com seu arquivo -wal para uma pasta com permissão de gravação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="452"/>
        <source>{path}: cannot be changed: its folder is read-only, so no lock file can be made ({error_text})</source>
        <translation>{path}: não pode ser alterado: sua pasta é somente leitura e não é possível criar o arquivo de bloqueio ({error_text})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="453"/>
        <source>{path}: the lock file could not be written ({error_text}); nothing was changed</source>
        <translation>{path}: não foi possível gravar o arquivo de bloqueio ({error_text}); nada foi alterado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="454"/>
        <source>{path}: the change could not be saved: the disk is full ({error_text}); nothing was changed</source>
        <translation>{path}: não foi possível salvar a alteração: o disco está cheio ({error_text}); nada foi alterado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="455"/>
        <source>cannot move &apos;{path}&apos; to &apos;{target}&apos;: a code cannot move below itself</source>
        <translation>não é possível mover “{path}” para “{target}”: um código não pode ficar abaixo de si mesmo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="456"/>
        <source>cannot merge &apos;{path}&apos; into &apos;{target}&apos;: a code cannot be merged into itself or one of its sub-codes</source>
        <translation>não é possível mesclar “{path}” em “{target}”: um código não pode ser mesclado consigo mesmo nem com um de seus subcódigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="459"/>
        <source>no root element</source>
        <translation>não tem elemento raiz</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="460"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="461"/>
        <source>the archive holds no .qde file</source>
        <translation>o arquivo compactado não contém nenhum arquivo .qde</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="462"/>
        <source>the root element is {root}, expected {expected}</source>
        <translation>o elemento raiz é {root}, esperava-se {expected}</translation>
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
        <translation>{size} bytes no total</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="466"/>
        <source>{member}: compression ratio {ratio}</source>
        <translation>{member}: taxa de compressão {ratio}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="467"/>
        <source>{member}: more than the {size} bytes it declares</source>
        <translation>{member}: mais do que os {size} bytes que declara</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="468"/>
        <source>{member}: more than the bytes it declares</source>
        <translation>{member}: mais bytes do que declara</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="469"/>
        <source>the project has no codes</source>
        <translation>o projeto não tem códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="470"/>
        <source>{count} items would be left out; nothing was imported</source>
        <translation>{count} elementos ficariam de fora; nada foi importado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="471"/>
        <source>1 item would be left out; nothing was imported</source>
        <translation>1 elemento ficaria de fora; nada foi importado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="474"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="475"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="476"/>
        <source>chars</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="477"/>
        <source>quotations</source>
        <translation>citações</translation>
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
        <translation>cor</translation>
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
        <translation>rótulo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="490"/>
        <source>behaviour</source>
        <translation>comportamento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="491"/>
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="492"/>
        <source>relation</source>
        <translation>relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="493"/>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="494"/>
        <source>comment</source>
        <translation>comentário</translation>
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
        <translation>rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="499"/>
        <source>nodes</source>
        <translation>nós</translation>
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
        <translation>intervalo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="504"/>
        <source>overlap</source>
        <translation>sobreposição</translation>
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
        <translation>resolvido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="508"/>
        <source>taken at</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="509"/>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="510"/>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="511"/>
        <source>entry</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="513"/>
        <source>quotation</source>
        <translation>citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="514"/>
        <source>directed</source>
        <translation>direcionada</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="518"/>
        <source>matched</source>
        <translation>coincidente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="519"/>
        <source>partial</source>
        <translation>limites diferentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="520"/>
        <source>missing</source>
        <translation>apenas um codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="521"/>
        <source>confused</source>
        <translation>códigos diferentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="708"/>
        <source>the file is empty (0 bytes)</source>
        <translation>o arquivo está vazio (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="709"/>
        <source>no text in the {format} file (only whitespace or markup)</source>
        <translation>o arquivo {format} não tem texto (só espaços ou marcação)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="710"/>
        <source>none of the {pages} pages has a text layer (a scanned document?); run OCR on it and import the result</source>
        <translation>nenhuma das suas {pages} páginas tem camada de texto (um documento digitalizado?); aplique OCR e importe o resultado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="711"/>
        <source>the PDF has no pages</source>
        <translation>o PDF não tem páginas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="712"/>
        <source>password-protected PDF</source>
        <translation>PDF protegido por senha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="713"/>
        <source>password-protected PDF; remove the password and import again</source>
        <translation>PDF protegido por senha; remova a senha e importe novamente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="714"/>
        <source>password-protected OpenDocument file</source>
        <translation>arquivo OpenDocument protegido por senha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="715"/>
        <source>password-protected Office document (an OLE container, not a zip); remove the password in Word and import again</source>
        <translation>documento do Office protegido por senha (um contêiner OLE, não um zip); remova a senha no Word e importe novamente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="716"/>
        <source>legacy Word 97-2003 document (.doc); save it as .docx and import again</source>
        <translation>documento antigo do Word 97-2003 (.doc); salve-o como .docx e importe novamente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="717"/>
        <source>extension {extension} is not one of {supported}</source>
        <translation>a extensão {extension} não é nenhuma destas: {supported}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="718"/>
        <source>an Office lock file, not a document</source>
        <translation>um arquivo de bloqueio do Office, não um documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="719"/>
        <source>{characters} characters of text; the limit is {limit}</source>
        <translation>{characters} caracteres de texto; o limite é {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="720"/>
        <source>more than {limit} characters of text</source>
        <translation>mais de {limit} caracteres de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="721"/>
        <source>more than {limit} characters of text by page {page}</source>
        <translation>mais de {limit} caracteres de texto ao chegar à página {page}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="722"/>
        <source>{size} bytes; the limit is {limit}</source>
        <translation>{size} bytes; o limite é {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="723"/>
        <source>more than {limit} bytes</source>
        <translation>mais de {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="724"/>
        <source>not a regular file or folder (broken link, device...)</source>
        <translation>não é um arquivo nem uma pasta comum (link quebrado, dispositivo...)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="725"/>
        <source>a folder, not a file</source>
        <translation>uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="726"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="727"/>
        <source>the file is a {kind}, not a document</source>
        <translation>o arquivo é do tipo {kind}, não um documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="728"/>
        <source>the file is an {kind}</source>
        <translation>o arquivo é do tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="729"/>
        <source>the file is a zip archive, not a document</source>
        <translation>o arquivo é um zip, não um documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="730"/>
        <source>not a {format} file: its leading bytes are not a PDF header</source>
        <translation>não é um arquivo {format}: seus primeiros bytes não são um cabeçalho PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="731"/>
        <source>not a {format} file: its leading bytes are not a zip archive</source>
        <translation>não é um arquivo {format}: seus primeiros bytes não são de um zip</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="732"/>
        <source>zip archive without the parts of a {format} document (or a damaged zip)</source>
        <translation>um zip sem as partes de um documento {format} (ou um zip danificado)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="733"/>
        <source>NUL byte at offset {offset}: not a text file</source>
        <translation>byte NUL na posição {offset}: não é um arquivo de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="734"/>
        <source>not valid UTF-8, cp1252 or ISO-8859-1, and no other encoding fits; save the file as UTF-8 and import again</source>
        <translation>não é UTF-8, cp1252 nem ISO-8859-1 válido e nenhuma outra codificação serve; salve o arquivo como UTF-8 e importe novamente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="735"/>
        <source>damaged zip archive: {error}</source>
        <translation>arquivo zip danificado: {error}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="736"/>
        <source>{members} members in the archive; the limit is {limit}</source>
        <translation>{members} itens no arquivo zip; o limite é {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="737"/>
        <source>member &apos;{member}&apos; points outside the archive</source>
        <translation>o item “{member}” aponta para fora do arquivo zip</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="738"/>
        <source>member &apos;{member}&apos; is a symbolic link</source>
        <translation>o item “{member}” é um link simbólico</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="739"/>
        <source>zip member &apos;{member}&apos; is encrypted</source>
        <translation>o item “{member}” do zip está criptografado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="740"/>
        <source>members inflate to more than {limit} bytes</source>
        <translation>os itens se descompactam em mais de {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="741"/>
        <source>member &apos;{member}&apos; inflates {ratio}-fold ({compressed} -&gt; {size} bytes); the limit is {limit}</source>
        <translation>o item “{member}” se descompacta {ratio} vezes ({compressed} -&gt; {size} bytes); o limite é {limit}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="742"/>
        <source>{member}: {error} (DOCTYPE/ENTITY declarations are not allowed in a document)</source>
        <translation>{member}: {error} (declarações DOCTYPE/ENTITY não são permitidas num documento)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="743"/>
        <source>{member}: malformed XML ({error})</source>
        <translation>{member}: XML malformado ({error})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="744"/>
        <source>not an RTF file: it does not start with an RTF header</source>
        <translation>não é um arquivo RTF: não começa com um cabeçalho RTF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="745"/>
        <source>NUL bytes: not a CSV text file</source>
        <translation>bytes NUL: não é um arquivo de texto CSV</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="746"/>
        <source>needs a header row and a document column</source>
        <translation>precisa de uma linha de cabeçalhos e de uma coluna de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="749"/>
        <source>pages without text: {pages}</source>
        <translation>páginas sem texto: {pages}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="750"/>
        <source>PDF is encrypted without an opening password (owner password only)</source>
        <translation>o PDF está criptografado sem senha de abertura (só senha de proprietário)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="751"/>
        <source>control characters removed ({count})</source>
        <translation>caracteres de controle removidos ({count})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="752"/>
        <source>{count} byte sequence(s) are not valid UTF-8; shown as � on line {lines}</source>
        <translation>{count} sequência(s) de bytes não são UTF-8 válido; mostradas como � na linha {lines}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="753"/>
        <source>{count} byte sequence(s) are not valid UTF-8; shown as � on lines {lines}</source>
        <translation>{count} sequência(s) de bytes não são UTF-8 válido; mostradas como � nas linhas {lines}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="754"/>
        <source>bytes invalid in {code_page} replaced with U+FFFD</source>
        <translation>bytes inválidos em {code_page} substituídos por U+FFFD</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="755"/>
        <source>content is {found} although the name ends in {extension}</source>
        <translation>o conteúdo é {found} embora o nome termine em {extension}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="756"/>
        <source>encoding guessed as {encoding}</source>
        <translation>codificação deduzida: {encoding}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="757"/>
        <source>encoding guessed as {encoding} (no byte-order mark)</source>
        <translation>codificação deduzida: {encoding} (sem marca de ordem de bytes)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="758"/>
        <source>encoding guessed as {encoding} (uncertain)</source>
        <translation>codificação deduzida: {encoding} (incerta)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="759"/>
        <source>declared charset {declared} does not fit the bytes</source>
        <translation>o conjunto de caracteres declarado, {declared}, não corresponde aos bytes</translation>
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
        <translation>domínio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="368"/>
        <source>% agree</source>
        <translation>% acordo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="369"/>
        <source>coverage</source>
        <translation>cobertura</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="370"/>
        <source>reading</source>
        <translation>leitura</translation>
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
        <translation>acordos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="375"/>
        <source>disagree</source>
        <translation>desacordos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="376"/>
        <source>segments</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="377"/>
        <source>share</source>
        <translation>proporção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="378"/>
        <source>imported {path}: {counts}</source>
        <translation>{path} foi importado: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="379"/>
        <source>exported {path}: {counts}</source>
        <translation>{path} foi exportado: {counts}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="380"/>
        <source>merged {path}: {counts}</source>
        <translation>{path} foi mesclado: {counts}</translation>
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
        <translation>{count} citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="386"/>
        <source>1 quotation</source>
        <translation>1 citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="387"/>
        <source>{count} codings</source>
        <translation>{count} codificações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="388"/>
        <source>1 coding</source>
        <translation>1 codificação</translation>
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
        <translation>{count} relações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="398"/>
        <source>1 relation</source>
        <translation>1 relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="399"/>
        <source>{count} quotation links</source>
        <translation>{count} vínculos entre citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="400"/>
        <source>1 quotation link</source>
        <translation>1 vínculo entre citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="401"/>
        <source>{count} networks</source>
        <translation>{count} redes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="402"/>
        <source>1 network</source>
        <translation>1 rede</translation>
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
        <translation>{count} códigos identificados pelo caminho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="408"/>
        <source>1 code matched by path</source>
        <translation>1 código identificado pelo caminho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="409"/>
        <source>{count} codes created</source>
        <translation>{count} códigos criados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="410"/>
        <source>1 code created</source>
        <translation>1 código criado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="411"/>
        <source>{count} definitions filled</source>
        <translation>{count} definições preenchidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="412"/>
        <source>1 definition filled</source>
        <translation>1 definição preenchida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="413"/>
        <source>{count} code groups created</source>
        <translation>{count} grupos de códigos criados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="414"/>
        <source>1 code group created</source>
        <translation>1 grupo de códigos criado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="415"/>
        <source>{count} code group members added</source>
        <translation>{count} códigos adicionados a grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="416"/>
        <source>1 code group member added</source>
        <translation>1 código adicionado a um grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="419"/>
        <source>{file}: is a qda_app project file; an output never replaces a project or its files, choose another name</source>
        <translation>{file}: é um arquivo de projeto do qda_app; uma saída nunca substitui um projeto nem os seus arquivos, escolha outro nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="420"/>
        <source>{file}: belongs to the project {owner} (its journal, lock or backups); an output never replaces a project or its files, choose another name</source>
        <translation>{file}: pertence ao projeto {owner} (o seu diário, bloqueio ou backups); uma saída nunca substitui um projeto nem os seus arquivos, escolha outro nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="421"/>
        <source>{file}: a file of that name exists already; choose another name (on the command line, --force replaces it)</source>
        <translation>{file}: já existe um arquivo com esse nome; escolha outro nome (na linha de comando, --force o substitui)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="422"/>
        <source>{file}: is not a demo project; the demo replaces only an earlier demo, choose another name</source>
        <translation>{file}: não é um projeto de demonstração; a demonstração só substitui uma demonstração anterior, escolha outro nome</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="423"/>
        <source>{file}: is a folder; give a file name</source>
        <translation>{file}: é uma pasta; indique um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="424"/>
        <source>{file}: is a FIFO (named pipe), not a file; give a file name</source>
        <translation>{file}: é um FIFO (pipe nomeado), não um arquivo; indique um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="425"/>
        <source>{file}: is a socket, not a file; give a file name</source>
        <translation>{file}: é um socket, não um arquivo; indique um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="426"/>
        <source>{file}: is a device, not a file; give a file name</source>
        <translation>{file}: é um dispositivo, não um arquivo; indique um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="427"/>
        <source>{file}: is not a regular file; give a file name</source>
        <translation>{file}: não é um arquivo comum; indique um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="428"/>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="429"/>
        <source>the CSV dialect must be one of {choices}</source>
        <translation>o dialeto CSV deve ser um destes: {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="430"/>
        <source>{file}: use a file name ending in {suffixes}</source>
        <translation>{file}: use um nome de arquivo terminado em {suffixes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="431"/>
        <source>{file}: use .xlsx, .docx, .html, or a folder for CSV files</source>
        <translation>{file}: use .xlsx, .docx, .html ou uma pasta para arquivos CSV</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="432"/>
        <source>{file}: the Word sections are {choices}</source>
        <translation>{file}: as seções do Word são {choices}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="433"/>
        <source>{file}: no words to draw (every word is a stop word or filtered out)</source>
        <translation>{file}: não há palavras para desenhar (todas são palavras vazias ou foram filtradas)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="434"/>
        <source>{file}: no category has subcategories to draw</source>
        <translation>{file}: nenhuma categoria tem subcategorias para desenhar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="435"/>
        <source>{file}: the network &apos;{network}&apos; has no nodes to draw</source>
        <translation>{file}: a rede “{network}” não tem nós para desenhar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="436"/>
        <source>{file}: a project cannot be merged into itself</source>
        <translation>{file}: um projeto não pode ser mesclado consigo mesmo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="104"/>
        <source>{count} quotation(s) in {source} do not match the text they name</source>
        <translation>{count} citação(ões) em {source} não correspondem ao texto que indicam</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="105"/>
        <source>a quotation in {source} ran past the end of the text; cut at the end</source>
        <translation>uma citação em {source} ia além do fim do texto; cortada no fim</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="106"/>
        <source>a quotation in {source} has an impossible range ({start}, {end}); left out</source>
        <translation>uma citação em {source} tem um intervalo impossível ({start}, {end}); omitida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="107"/>
        <source>an empty quotation in {source} (at {start}) was left out</source>
        <translation>uma citação vazia em {source} (em {start}) foi omitida</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="108"/>
        <source>document {source} has no readable text ({reason}); left out</source>
        <translation>o documento {source} não tem texto legível ({reason}); omitido</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="111"/>
        <source>{source}: {count} {element_words} not imported ({codings} coding(s) on them): {reason_words}</source>
        <translation>{source}: {count} {element_words} não importado(s) ({codings} codificação(ões) neles): {reason_words}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="112"/>
        <source>{count} reference(s) to a missing {ref_kind} ({target}) were dropped</source>
        <translation>{count} referência(s) a um {ref_kind} inexistente ({target}) foram descartadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="117"/>
        <source>{count} identifier(s) were not GUIDs (e.g. &apos;{example}&apos;); new ones derived</source>
        <translation>{count} identificador(es) não eram GUIDs (p. ex. “{example}”); novos foram derivados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="118"/>
        <source>a {element} had no GUID; one was assigned</source>
        <translation>um {element} não tinha GUID; um foi atribuído</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="119"/>
        <source>&apos;{value}&apos; is not a colour ({element_name}); a default colour was used</source>
        <translation>“{value}” não é uma cor ({element_name}); foi usada uma cor padrão</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="120"/>
        <source>{element_name} was not UTF-8 ({encoding}); decoded</source>
        <translation>{element_name} não estava em UTF-8 ({encoding}); decodificado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="121"/>
        <source>a file inside the archive had another name or folder than referenced; used it</source>
        <translation>um arquivo dentro do pacote tinha outro nome ou pasta que o indicado; foi usado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="122"/>
        <source>{count} date(s) without a time zone or unreadable (e.g. &apos;{example}&apos;); read as UTC</source>
        <translation>{count} data(s) sem fuso horário ou ilegíveis (p. ex. “{example}”); lidas como UTC</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="123"/>
        <source>{count} GUID(s) written with braces; normalised</source>
        <translation>{count} GUID(s) escritos com chaves; normalizados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="124"/>
        <source>a variable value of {element_name} did not fit its type; kept as text</source>
        <translation>um valor de variável de {element_name} não correspondia ao seu tipo; mantido como texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="125"/>
        <source>the file uses namespace &apos;{namespace}&apos;; read as REFI-QDA 1.0</source>
        <translation>o arquivo usa o namespace “{namespace}”; lido como REFI-QDA 1.0</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="126"/>
        <source>{count} nameless case(s) read as document attributes</source>
        <translation>{count} caso(s) sem nome lidos como atributos de documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="127"/>
        <source>{count} memo(s) attached through Links</source>
        <translation>{count} memo(s) vinculados por meio de Links</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="128"/>
        <source>{count} coding(s) of the whole of {source} became a quotation of all its text</source>
        <translation>{count} codificação(ões) de todo {source} viraram uma citação de todo o texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="129"/>
        <source>{count} {variant} element(s) are not supported and were left out</source>
        <translation>{count} elemento(s) {variant} não são suportados e foram omitidos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="130"/>
        <source>the text of {source} was normalised (newlines, Unicode NFC); offsets converted</source>
        <translation>o texto de {source} foi normalizado (quebras de linha, Unicode NFC); posições convertidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="131"/>
        <source>the description of {source} became a memo on that document</source>
        <translation>a descrição de {source} tornou-se um memo desse documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="132"/>
        <source>the text of memo {note} is missing; imported with an empty text</source>
        <translation>falta o texto do memo {note}; importado com texto vazio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="133"/>
        <source>{element} &apos;{name}&apos; renamed to &apos;{new_name}&apos;</source>
        <translation>{element} “{name}” renomeado para “{new_name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="134"/>
        <source>code &apos;{name}&apos; has the same name as its sibling &apos;{into}&apos; (ignoring case, Unicode composition and spacing); merged into it</source>
        <translation>o código “{name}” tem o mesmo nome que o seu irmão “{into}” (ignorando maiúsculas, composição Unicode e espaços); mesclado nele</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="135"/>
        <source>a repeated coding (same code and coder) in a quotation was merged</source>
        <translation>uma codificação repetida (mesmo código e codificador) em uma citação foi mesclada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="136"/>
        <source>quotation IDs with gaps kept in the note &apos;qda_app quotation IDs&apos;</source>
        <translation>IDs de citações com lacunas mantidos na nota “qda_app quotation IDs”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="137"/>
        <source>the quotation ID table does not fit this file; quotations numbered in order</source>
        <translation>a tabela de IDs de citações não corresponde a este arquivo; citações numeradas em ordem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="138"/>
        <source>set &apos;{name}&apos; holds codes and documents; made a code group and a document group</source>
        <translation>o conjunto “{name}” contém códigos e documentos; foram criados um grupo de códigos e um de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="139"/>
        <source>two values for one attribute of {source}; kept &apos;{kept}&apos;, ignored &apos;{ignored}&apos;</source>
        <translation>dois valores para um atributo de {source}; mantido “{kept}”, ignorado “{ignored}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="140"/>
        <source>{what_words} cannot be stored in REFI-QDA and were not exported</source>
        <translation>{what_words}: não podem ser armazenados em REFI-QDA e não foram exportados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="144"/>
        <source>{count} representative mark(s)</source>
        <translation>{count} marca(s) de representativa</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="145"/>
        <source>{count} table excerpt(s) of quotations</source>
        <translation>{count} excerto(s) de citações para tabelas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="146"/>
        <source>the empty {kind} group &apos;{name}&apos;</source>
        <translation>o grupo de {kind} vazio “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="147"/>
        <source>UTF-16 units</source>
        <translation>unidades UTF-16</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="148"/>
        <source>code points</source>
        <translation>pontos de código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="149"/>
        <source>converted</source>
        <translation>convertidas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="150"/>
        <source>used as they are</source>
        <translation>usadas como estão</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="151"/>
        <source>, the byte-order mark counted as the first position</source>
        <translation>, com a marca de ordem de bytes contada como primeira posição</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="152"/>
        <source>the other reading gives offsets that cannot exist in the text</source>
        <translation>a outra interpretação dá posições que não podem existir no texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="153"/>
        <source>{matched} of {tested} quoted texts match in this reading, more than in the other</source>
        <translation>{matched} de {tested} textos citados coincidem nesta interpretação, mais do que na outra</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="154"/>
        <source>{on_boundaries} of {ends} quotation ends fall on word boundaries, clearly more than in the other reading</source>
        <translation>{on_boundaries} de {ends} extremos de citações caem em limites de palavra, claramente mais do que na outra interpretação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="155"/>
        <source>the evidence in the file does not decide; this is the producer&apos;s convention</source>
        <translation>o arquivo não basta para decidir; é a convenção do programa que o criou</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="156"/>
        <source>the evidence is too thin to tell code points from UTF-16 units; check the quotations of this document</source>
        <translation>não há indícios suficientes para distinguir pontos de código de unidades UTF-16; verifique as citações deste documento</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="157"/>
        <source>both readings agree</source>
        <translation>as duas interpretações coincidem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="158"/>
        <source>PDF region(s)</source>
        <translation>região(ões) de PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="159"/>
        <source>areas of a page, not text positions</source>
        <translation>são áreas de uma página, não posições de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="160"/>
        <source>picture region(s)</source>
        <translation>região(ões) de imagem</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="161"/>
        <source>areas of an image, not text positions</source>
        <translation>são áreas de uma imagem, não posições de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="162"/>
        <source>audio time range(s)</source>
        <translation>intervalo(s) de áudio</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="163"/>
        <location filename="../../qda_app/gui/messages.py" line="165"/>
        <source>time ranges of a recording, not text positions</source>
        <translation>são intervalos de tempo de uma gravação, não posições de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="164"/>
        <source>video time range(s)</source>
        <translation>intervalo(s) de vídeo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="166"/>
        <source>transcript selection(s)</source>
        <translation>seleção(ões) de transcrição</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="167"/>
        <source>their sync points give no text position</source>
        <translation>os seus pontos de sincronização não dão posição no texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="168"/>
        <source>transcript(s)</source>
        <translation>transcrição(ões)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="169"/>
        <source>their text is not in the file</source>
        <translation>o seu texto não está no arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="170"/>
        <source>sync point time stamp(s)</source>
        <translation>marca(s) de tempo de pontos de sincronização</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="171"/>
        <source>a text document has no time line</source>
        <translation>um documento de texto não tem linha do tempo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="172"/>
        <source>coding(s) of the whole source</source>
        <translation>codificação(ões) da fonte inteira</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/messages.py" line="173"/>
        <source>the source has no text to quote</source>
        <translation>a fonte não tem texto para citar</translation>
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
        <translation>erro</translation>
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
        <translation>Nova rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="86"/>
        <source>Name of the network:</source>
        <translation>Nome da rede:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="98"/>
        <source>Rename Network</source>
        <translation>Renomear rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="98"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="104"/>
        <source>Delete the network “%1”? The codes, quotations and relations it shows stay in the project. You can undo this.</source>
        <translation>Excluir a rede “%1”? Os códigos, citações e relações que ela mostra ficam no projeto. Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="106"/>
        <source>Delete Network</source>
        <translation>Excluir rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/refresh.py" line="120"/>
        <source>Network: %1</source>
        <translation>Rede: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="227"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="228"/>
        <source>A %1 and a %2 cannot be linked. Link codes to codes (a relation), quotations to quotations, a quotation to a code (coding), a code to a code group, or a memo to anything.</source>
        <translation>Um(a) %1 e um(a) %2 não podem ser vinculados. Vincule códigos a códigos (uma relação), citações a citações, uma citação a um código (codificação), um código a um grupo de códigos, ou um memo a qualquer coisa.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="283"/>
        <source>Add neighbours</source>
        <translation>Adicionar vizinhos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="299"/>
        <source>Delete Relations</source>
        <translation>Excluir relações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="300"/>
        <source>Delete %1 relation(s) or link(s) from the project? Every network showing them loses them too. You can undo this.</source>
        <translation>Excluir %1 relação(ões) ou vínculo(s) do projeto? Somem também de todas as redes que os mostram. Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="304"/>
        <source>Remove from network</source>
        <translation>Remover da rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="320"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="323"/>
        <source>Comment on Relation…</source>
        <translation>Comentar a relação…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="340"/>
        <source>Add Code Group</source>
        <translation>Adicionar grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="341"/>
        <source>Add Document Group</source>
        <translation>Adicionar grupo de documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="358"/>
        <source>Comment on Relation</source>
        <translation>Comentar a relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="358"/>
        <source>Comment:</source>
        <translation>Comentário:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="368"/>
        <location filename="../../qda_app/gui/network_actions.py" line="373"/>
        <source>Export Network</source>
        <translation>Exportar rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="369"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network_actions.py" line="374"/>
        <source>%1: use .png, .svg or .pdf</source>
        <translation>%1: use .png, .svg ou .pdf</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="121"/>
        <source>Draw Links</source>
        <translation>Desenhar vínculos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="122"/>
        <source>Drag from one node to another to link them (or hold Shift while dragging)</source>
        <translation>Arraste de um nó a outro para vinculá-los (ou segure Shift ao arrastar)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="123"/>
        <location filename="../../qda_app/gui/network/editor.py" line="124"/>
        <source>Layout</source>
        <translation>Disposição</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="125"/>
        <source>Hierarchical</source>
        <translation>Hierárquica</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="125"/>
        <source>Radial</source>
        <translation>Radial</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="126"/>
        <source>Force-directed</source>
        <translation>Dirigida por forças</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="129"/>
        <source>Add Neighbours</source>
        <translation>Adicionar vizinhos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="130"/>
        <source>Add the codes related to the selected nodes (all nodes when none is selected)</source>
        <translation>Adicionar os códigos relacionados aos nós selecionados (todos se não houver seleção)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="131"/>
        <source>Remove from Network</source>
        <translation>Remover da rede</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="132"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="133"/>
        <source>Zoom In</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="134"/>
        <source>Zoom Out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="135"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/network/editor.py" line="136"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
</context>
<context>
    <name>NetworkListPane</name>
    <message numerus="yes">
        <location filename="../../qda_app/gui/views/network_list.py" line="68"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nó</numerusform>
            <numerusform>%n nós</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="74"/>
        <source>New…</source>
        <translation>Nova…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="75"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="76"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/network_list.py" line="77"/>
        <source>Delete</source>
        <translation>Excluir</translation>
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
        <translation>Novo memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="14"/>
        <source>Memo title</source>
        <translation>Título do memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="16"/>
        <source>Memo is about</source>
        <translation>O memo trata de</translation>
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
        <translation>Comentário do documento %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="109"/>
        <location filename="../../qda_app/gui/notes_actions.py" line="133"/>
        <source>Comment on quotation %1</source>
        <translation>Comentário da citação %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="117"/>
        <location filename="../../qda_app/gui/notes_actions.py" line="137"/>
        <source>Definition of code %1</source>
        <translation>Definição do código %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/notes_actions.py" line="183"/>
        <source>Recovered %1 unsaved text(s) from the last session.</source>
        <translation>Recuperado(s) %1 texto(s) não salvo(s) da sessão anterior.</translation>
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
        <translation>α binária (|u-α)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="85"/>
        <source>% agreement</source>
        <translation>% de concordância</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="88"/>
        <source>All codes pooled; each pair is compared on the documents both coders coded, exactly as if the two were compared alone.</source>
        <translation>Todos os códigos juntos; cada par é comparado nos documentos codificados por ambos, tal como se fossem comparados sozinhos.</translation>
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
        <translation>limites diferentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="189"/>
        <source>only one coder</source>
        <translation>apenas um codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/agreement_models.py" line="189"/>
        <source>different codes</source>
        <translation>códigos diferentes</translation>
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
        <translation>Sobreposição</translation>
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
        <translation>sim</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="14"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="17"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="18"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="24"/>
        <source>Coder name</source>
        <translation>Nome do codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="27"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/preferences.py" line="28"/>
        <source>&amp;Coder name:</source>
        <translation>Nome do &amp;codificador:</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <location filename="../../qda_app/gui/print_document.py" line="201"/>
        <source>Also on this page: %1</source>
        <translation>Também nesta página: %1</translation>
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
        <translation>Cópia pseudonimizada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="25"/>
        <source>Names are replaced everywhere in a copy: documents and their names, comments, memos, codes and attribute values; quotations move with the text. The copy is saved only if no name is left in it. This project is not changed.</source>
        <translation>Os nomes são substituídos em toda parte numa cópia: documentos e seus nomes, comentários, memos, códigos e valores de atributos; as citações acompanham o texto. A cópia só é salva se nenhum nome restar nela. Este projeto não é alterado.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="31"/>
        <source>Names and pseudonyms</source>
        <translation>Nomes e pseudônimos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="32"/>
        <source>Name in the text</source>
        <translation>Nome no texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="32"/>
        <source>Pseudonym</source>
        <translation>Pseudônimo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="35"/>
        <source>Add Row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="37"/>
        <source>Whole words only</source>
        <translation>Apenas palavras inteiras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="39"/>
        <source>Replace the names in coders&apos; names too</source>
        <translation>Substituir os nomes também nos nomes dos codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="41"/>
        <source>Copy file</source>
        <translation>Arquivo da cópia</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="48"/>
        <source>Save the copy as:</source>
        <translation>Salvar a cópia como:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="77"/>
        <source>Save the Pseudonymised Copy</source>
        <translation>Salvar a cópia pseudonimizada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="78"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Projetos do qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="86"/>
        <source>Give at least one name, and where to save the copy.</source>
        <translation>Informe pelo menos um nome e onde salvar a cópia.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/pseudonymise_dialog.py" line="98"/>
        <source>Wrote %1.
%2 replacements in %3 documents; %4 quotations moved with the text.</source>
        <translation>%1 foi salvo.
%2 substituições em %3 documentos; %4 citações acompanharam o texto.</translation>
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
        <translation>Salvar como código inteligente</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="81"/>
        <source>Name of the smart code:</source>
        <translation>Nome do código inteligente:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="104"/>
        <source>Export Quotations</source>
        <translation>Exportar citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/query_actions.py" line="105"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;Arquivo CSV (*.csv)</translation>
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
        <translation>Ferramenta de consultas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="248"/>
        <source>Double-click to add to the query:</source>
        <translation>Clique duplo para adicionar à consulta:</translation>
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
        <translation>Um grupo de códigos representa as citações de qualquer um de seus códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="253"/>
        <source>Add to Query</source>
        <translation>Adicionar à consulta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="254"/>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="256"/>
        <source>Quotations with either code</source>
        <translation>Citações com qualquer um dos códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="256"/>
        <source>Quotations with both codes</source>
        <translation>Citações com ambos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="257"/>
        <source>Quotations in scope without the code</source>
        <translation>Citações do escopo sem o código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="258"/>
        <source>Quotations of the first that contain one of the second</source>
        <translation>Citações do primeiro que contêm uma do segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="259"/>
        <source>Quotations of the first inside one of the second</source>
        <translation>Citações do primeiro dentro de uma do segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="260"/>
        <source>Quotations of the first that start first and overlap one of the second</source>
        <translation>Citações do primeiro que começam antes e se sobrepõem a uma do segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="261"/>
        <source>Quotations of the first that one of the second starts before and overlaps</source>
        <translation>Citações do primeiro que uma do segundo começa antes e sobrepõe</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="262"/>
        <source>Quotations of the first that start after one of the second ends</source>
        <translation>Citações do primeiro que começam depois que uma do segundo termina</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="263"/>
        <source>Quotations of the first that end before one of the second starts</source>
        <translation>Citações do primeiro que terminam antes que uma do segundo comece</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="264"/>
        <source>Quotations of the first that share text with one of the second</source>
        <translation>Citações do primeiro que compartilham texto com uma do segundo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="268"/>
        <source>Step Back</source>
        <translation>Voltar um passo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="269"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="270"/>
        <source>Query stack (top: the query):</source>
        <translation>Pilha da consulta (no topo: a consulta):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="271"/>
        <source>Query:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="272"/>
        <source>Build with the buttons, or type e.g. &quot;A::x&quot; AND NOT &quot;B&quot;</source>
        <translation>Construa com os botões, ou digite p. ex. &quot;A::x&quot; AND NOT &quot;B&quot;</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="273"/>
        <source>Query text</source>
        <translation>Texto da consulta</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="274"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="275"/>
        <source>Save as Smart Code…</source>
        <translation>Salvar como código inteligente…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="276"/>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/query_window.py" line="277"/>
        <source>Document groups (none: all documents):</source>
        <translation>Grupos de documentos (nenhum: todos os documentos):</translation>
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
        <translation>Criada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/result_model.py" line="38"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>QuotationMenu</name>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="58"/>
        <source>Quotation %1</source>
        <translation>Citação %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="65"/>
        <source>(no codes)</source>
        <translation>(sem códigos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="68"/>
        <source>Add Code…</source>
        <translation>Adicionar código…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="72"/>
        <source>Remove Code</source>
        <translation>Remover código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="80"/>
        <source>Comment…</source>
        <translation>Comentário…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="83"/>
        <source>Set Boundaries to Text Selection</source>
        <translation>Ajustar limites à seleção de texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="88"/>
        <source>Copy Reference %1</source>
        <translation>Copiar referência %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/quotation_menu.py" line="94"/>
        <source>Delete Quotation</source>
        <translation>Excluir citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="37"/>
        <source>Link to Quotation…</source>
        <translation>Vincular a outra citação…</translation>
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
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="132"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="164"/>
        <source>All code groups</source>
        <translation>Todos os grupos de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="135"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="162"/>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="136"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="163"/>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="137"/>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="163"/>
        <source>All coders</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="153"/>
        <source>Filter text or comment</source>
        <translation>Filtrar por texto ou comentário</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="154"/>
        <source>Filter quotations by text</source>
        <translation>Filtrar citações por texto</translation>
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
        <translation>Citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_table.py" line="161"/>
        <source>Quotations shown</source>
        <translation>Citações mostradas</translation>
    </message>
</context>
<context>
    <name>QuotationResultList</name>
    <message numerus="yes">
        <location filename="../../qda_app/gui/views/quotation_results.py" line="70"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citação</numerusform>
            <numerusform>%n citações</numerusform>
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
        <translation>Salvar estas citações como CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/quotation_results.py" line="77"/>
        <source>Result quotations</source>
        <translation>Citações do resultado</translation>
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
        <translation>Criada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/models/quotation_model.py" line="166"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="272"/>
        <location filename="../../qda_app/gui/refresh.py" line="275"/>
        <source>Project</source>
        <translation>Projeto</translation>
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
        <translation>Citação %1</translation>
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
        <translation>Ignorados (já estão no projeto): %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="316"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>A importação foi cancelada; nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/refresh.py" line="318"/>
        <source>Not imported:</source>
        <translation>Não importados:</translation>
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
        <translation>Digite para encontrar o destino</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="41"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="54"/>
        <source>Existing relations</source>
        <translation>Relações existentes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="58"/>
        <source>Remove Relation</source>
        <translation>Remover relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="63"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="64"/>
        <source>Relation:</source>
        <translation>Relação:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="65"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="67"/>
        <source>Comment:</source>
        <translation>Comentário:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relate_dialog.py" line="76"/>
        <source>Already related:</source>
        <translation>Já relacionado:</translation>
    </message>
</context>
<context>
    <name>RelationActions</name>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="95"/>
        <source>Relate “%1”</source>
        <translation>Relacionar “%1”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="135"/>
        <source>Delete this relation type and the %1 relation(s) of this type? You can undo this.</source>
        <translation>Excluir este tipo de relação e as %1 relação(ões) deste tipo? Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="137"/>
        <source>Delete Relation Type</source>
        <translation>Excluir tipo de relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="171"/>
        <source>New Code Group</source>
        <translation>Novo grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="171"/>
        <source>Name of the group:</source>
        <translation>Nome do grupo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="181"/>
        <source>Rename Code Group</source>
        <translation>Renomear grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="181"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="187"/>
        <source>Delete Code Group</source>
        <translation>Excluir grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="188"/>
        <source>Delete the code group “%1”? Its codes stay. You can undo this.</source>
        <translation>Excluir o grupo de códigos “%1”? Seus códigos ficam. Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="205"/>
        <source>New group…</source>
        <translation>Novo grupo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="206"/>
        <source>Add to Code Group</source>
        <translation>Adicionar a grupo de códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="206"/>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/relation_actions.py" line="242"/>
        <source>Link Quotation %1</source>
        <translation>Vincular a citação %1</translation>
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
        <translation>(próprio)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="132"/>
        <source>Line Colour</source>
        <translation>Cor da linha</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="146"/>
        <source>New Relation Type</source>
        <translation>Novo tipo de relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="146"/>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="176"/>
        <source>Name (English):</source>
        <translation>Nome (inglês):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="171"/>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="172"/>
        <source>Relation Types</source>
        <translation>Tipos de relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="173"/>
        <source>Code relations</source>
        <translation>Relações entre códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="174"/>
        <source>Quotation links</source>
        <translation>Vínculos entre citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="176"/>
        <source>Name (Spanish):</source>
        <translation>Nome (espanhol):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="176"/>
        <source>Name (Portuguese):</source>
        <translation>Nome (português):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Short label:</source>
        <translation>Rótulo curto:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Behaviour:</source>
        <translation>Comportamento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Line style:</source>
        <translation>Estilo da linha:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="177"/>
        <source>Colour:</source>
        <translation>Cor:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="180"/>
        <source>Directed (A → B)</source>
        <translation>Direcionada (A → B)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="180"/>
        <source>Symmetric (A ↔ B)</source>
        <translation>Simétrica (A ↔ B)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="181"/>
        <source>Transitive (A → B → C implies A → C; no cycles)</source>
        <translation>Transitiva (A → B → C implica A → C; sem ciclos)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="182"/>
        <source>Solid</source>
        <translation>Contínua</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="182"/>
        <source>Dashed</source>
        <translation>Tracejada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="182"/>
        <source>Dotted</source>
        <translation>Pontilhada</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="188"/>
        <source>New Type</source>
        <translation>Novo tipo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="189"/>
        <source>Save Changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/relation_types_dialog.py" line="190"/>
        <source>Delete Type…</source>
        <translation>Excluir tipo…</translation>
    </message>
</context>
<context>
    <name>ReportWordingDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="27"/>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="28"/>
        <source>Report Wording</source>
        <translation>Redação dos relatórios</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="29"/>
        <source>The words of this project&apos;s tables in the Word report and the workbook, for each report language. An empty field uses the default shown in grey.</source>
        <translation>As palavras dos quadros deste projeto no relatório do Word e na pasta de trabalho, para cada idioma do relatório. Um campo vazio usa o padrão mostrado em cinza.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="33"/>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="37"/>
        <source>Caption word (before the table number):</source>
        <translation>Palavra do título (antes do número do quadro):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="38"/>
        <source>Category column:</source>
        <translation>Coluna de categoria:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="39"/>
        <source>Subcategory column:</source>
        <translation>Coluna de subcategorias:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="40"/>
        <source>Groundedness column:</source>
        <translation>Coluna de enraizamento:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="41"/>
        <source>Quotations column:</source>
        <translation>Coluna de citações:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="42"/>
        <source>Word before a quotation ID:</source>
        <translation>Palavra antes do identificador de citação:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="43"/>
        <source>Source line under each table:</source>
        <translation>Linha de fonte sob cada quadro:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="44"/>
        <source>Author (empty: the current coder):</source>
        <translation>Autor (vazio: o codificador atual):</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="47"/>
        <source>Report language:</source>
        <translation>Idioma do relatório:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/report_wording_dialog.py" line="56"/>
        <source>Use the Defaults</source>
        <translation>Usar os padrões</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="24"/>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="25"/>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="67"/>
        <source>Restore from Backup</source>
        <translation>Restaurar a partir de um backup</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="28"/>
        <source>Choose a backup to put in the project&apos;s place. The current file is kept beside it with the ending .before-restore-1 (-2, -3 ... for later restores), so no earlier state is lost.</source>
        <translation>Escolha um backup para colocar no lugar do projeto. O arquivo atual é mantido ao lado com a terminação .before-restore-1 (-2, -3... em restaurações posteriores), para que nenhum estado anterior se perca.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="34"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="35"/>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="35"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="35"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="53"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/backup_dialog.py" line="67"/>
        <source>Replace the project by the backup taken %1? Changes made since then are not in the backup.</source>
        <translation>Substituir o projeto pelo backup de %1? As alterações feitas desde então não estão no backup.</translation>
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
        <translation>Pesquisar em todos os documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="84"/>
        <source>Text to find in all documents</source>
        <translation>Texto a pesquisar em todos os documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="85"/>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="86"/>
        <source>Whole words</source>
        <translation>Palavras inteiras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="87"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="88"/>
        <source>Code Selected Hits…</source>
        <translation>Codificar resultados selecionados…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="89"/>
        <source>Code selected hits</source>
        <translation>Codificar resultados selecionados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/search_panel.py" line="90"/>
        <source>Search hits in context</source>
        <translation>Resultados da pesquisa em contexto</translation>
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
        <translation>Concordância de segmentos por código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="137"/>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="161"/>
        <source>A segment counts as matched when the other coder coded the same code on a segment overlapping it by at least %1 % of both together. Brennan &amp; Prediger&apos;s κ = %2 (k = %3 codes).</source>
        <translation>Um segmento coincide quando o outro codificador aplicou o mesmo código a um segmento que o sobrepõe em pelo menos %1 % de ambos juntos. κ de Brennan e Prediger = %2 (k = %3 códigos).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="169"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Agreements</source>
        <translation>Concordâncias</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Disagreements</source>
        <translation>Desacordos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="170"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="171"/>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../qda_app/gui/team_actions.py" line="50"/>
        <source>Merge Coder&apos;s Copy</source>
        <translation>Mesclar cópia de um codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/team_actions.py" line="51"/>
        <source>qda_app projects (*.qdaproj)</source>
        <translation>Projetos do qda_app (*.qdaproj)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/team_actions.py" line="55"/>
        <location filename="../../qda_app/gui/team_actions.py" line="62"/>
        <source>Merging %1</source>
        <translation>Mesclando %1</translation>
    </message>
</context>
<context>
    <name>TextEditActions</name>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="54"/>
        <source>Editing the text. Correct typos or misheard words; when you apply, every quotation follows the corrections (one step to undo).</source>
        <translation>Editando o texto. Corrija erros de digitação ou palavras mal ouvidas; ao aplicar, cada citação acompanha as correções (um só passo para desfazer).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="56"/>
        <source>Apply Corrections</source>
        <translation>Aplicar correções</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="57"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="112"/>
        <source>The text is unchanged.</source>
        <translation>O texto não mudou.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="115"/>
        <source>Text corrected: %1 quotation(s) moved, %2 passage(s) changed.</source>
        <translation>Texto corrigido: %1 citação(ões) deslocada(s), %2 trecho(s) alterado(s).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="119"/>
        <source>Passages Deleted</source>
        <translation>Trechos excluídos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="120"/>
        <source>The whole passage of these quotations was deleted: %1. They are kept as one character where the passage was, with their codes, so you can move or delete them.</source>
        <translation>O trecho inteiro destas citações foi excluído: %1. Elas são mantidas como um caractere onde o trecho estava, com seus códigos, para que você possa movê-las ou excluí-las.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="147"/>
        <source>Export Coded Document as PDF</source>
        <translation>Exportar documento codificado como PDF</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="149"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="157"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 foi salvo (%2 páginas).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/text_edit_actions.py" line="159"/>
        <source>Listed at the foot of their page for want of margin room: %1</source>
        <translation>Listadas no rodapé da página por falta de espaço na margem: %1</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="22"/>
        <source>Create quotation</source>
        <translation>Criar citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="23"/>
        <source>Code &apos;{code}&apos;</source>
        <translation>Codificar com “{code}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="24"/>
        <source>Code with {count} codes: {codes}</source>
        <translation>Codificar com {count} códigos: {codes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="25"/>
        <source>Remove code &apos;{code}&apos;</source>
        <translation>Remover o código “{code}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="26"/>
        <source>Resize quotation {quotation}</source>
        <translation>Redimensionar a citação {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="27"/>
        <source>Comment on quotation {quotation}</source>
        <translation>Comentar a citação {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="28"/>
        <source>Delete quotation {quotation}</source>
        <translation>Excluir a citação {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="29"/>
        <source>Mark {quotation} as representative of &apos;{code}&apos;</source>
        <translation>Marcar {quotation} como representativa de “{code}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="30"/>
        <source>Unmark {quotation} as representative of &apos;{code}&apos;</source>
        <translation>Desmarcar {quotation} como representativa de “{code}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="31"/>
        <source>Set excerpt of {quotation}</source>
        <translation>Definir o excerto de {quotation}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="32"/>
        <source>Print {quotation} whole</source>
        <translation>Imprimir {quotation} inteira</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="33"/>
        <source>Auto-code {count} hits with {codes}</source>
        <translation>Autocodificar {count} ocorrências com {codes}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="34"/>
        <source>Add document &apos;{name}&apos;</source>
        <translation>Adicionar o documento “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="35"/>
        <source>Import &apos;{name}&apos;</source>
        <translation>Importar “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="36"/>
        <source>Import {count} documents</source>
        <translation>Importar {count} documentos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="37"/>
        <source>Rename document {number} to &apos;{name}&apos;</source>
        <translation>Renomear o documento {number} para “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="38"/>
        <source>Delete document {number} &apos;{name}&apos;</source>
        <translation>Excluir o documento {number} “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="39"/>
        <source>Edit text of document {number}</source>
        <translation>Editar o texto do documento {number}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="40"/>
        <source>Add to group &apos;{group}&apos;</source>
        <translation>Adicionar ao grupo de documentos “{group}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="41"/>
        <source>Remove from group &apos;{group}&apos;</source>
        <translation>Remover do grupo de documentos “{group}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="42"/>
        <source>Set &apos;{attribute}&apos; of document {number}</source>
        <translation>Definir “{attribute}” do documento {number}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="43"/>
        <source>Import attributes from &apos;{file}&apos;</source>
        <translation>Importar atributos de “{file}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="44"/>
        <source>Create code &apos;{name}&apos;</source>
        <translation>Criar o código “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="45"/>
        <source>Rename code &apos;{name}&apos; to &apos;{new_name}&apos;</source>
        <translation>Renomear o código “{name}” para “{new_name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="46"/>
        <source>Recolour code &apos;{name}&apos;</source>
        <translation>Mudar a cor do código “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="47"/>
        <source>Edit definition of &apos;{name}&apos;</source>
        <translation>Editar a definição de “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="48"/>
        <source>Move code &apos;{name}&apos; to &apos;{target}&apos;</source>
        <translation>Mover o código “{name}” para “{target}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="49"/>
        <source>Move code &apos;{name}&apos; to the top level</source>
        <translation>Mover o código “{name}” para o nível superior</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="50"/>
        <source>Merge code &apos;{name}&apos; into &apos;{target}&apos;</source>
        <translation>Mesclar o código “{name}” em “{target}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="51"/>
        <source>Delete code &apos;{name}&apos;</source>
        <translation>Excluir o código “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="52"/>
        <source>Merge {count} duplicate codes</source>
        <translation>Mesclar {count} códigos duplicados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="53"/>
        <source>Merge 1 duplicate code</source>
        <translation>Mesclar 1 código duplicado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="54"/>
        <source>Create code group &apos;{name}&apos;</source>
        <translation>Criar o grupo de códigos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="55"/>
        <source>Rename code group &apos;{name}&apos;</source>
        <translation>Renomear o grupo de códigos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="56"/>
        <source>Delete code group &apos;{name}&apos;</source>
        <translation>Excluir o grupo de códigos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="57"/>
        <source>Add to code group &apos;{name}&apos;</source>
        <translation>Adicionar ao grupo de códigos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="58"/>
        <source>Remove from code group &apos;{name}&apos;</source>
        <translation>Remover do grupo de códigos “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="59"/>
        <source>Save smart code &apos;{name}&apos;</source>
        <translation>Salvar o código inteligente “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="60"/>
        <source>Rename smart code &apos;{name}&apos;</source>
        <translation>Renomear o código inteligente “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="61"/>
        <source>Delete smart code &apos;{name}&apos;</source>
        <translation>Excluir o código inteligente “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="62"/>
        <source>Create relation type &apos;{name}&apos;</source>
        <translation>Criar o tipo de relação “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="63"/>
        <source>Edit relation type &apos;{name}&apos;</source>
        <translation>Editar o tipo de relação “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="64"/>
        <source>Delete relation type &apos;{name}&apos;</source>
        <translation>Excluir o tipo de relação “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="65"/>
        <source>Relate &apos;{source}&apos; {relation} &apos;{target}&apos;</source>
        <translation>Relacionar: “{source}” {relation} “{target}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="67"/>
        <source>Unrelate &apos;{source}&apos; and &apos;{target}&apos;</source>
        <translation>Remover a relação entre “{source}” e “{target}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="69"/>
        <source>Link {source} {relation} {target}</source>
        <translation>Vincular: {source} {relation} {target}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="70"/>
        <source>Unlink {source} and {target}</source>
        <translation>Desvincular {source} e {target}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="72"/>
        <source>Create network &apos;{name}&apos;</source>
        <translation>Criar a rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="73"/>
        <source>Rename network &apos;{name}&apos;</source>
        <translation>Renomear a rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="74"/>
        <source>Describe network &apos;{name}&apos;</source>
        <translation>Descrever a rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="75"/>
        <source>Delete network &apos;{name}&apos;</source>
        <translation>Excluir a rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="76"/>
        <source>Add to network &apos;{name}&apos;</source>
        <translation>Adicionar à rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="77"/>
        <source>Remove from network &apos;{name}&apos;</source>
        <translation>Remover da rede “{name}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="79"/>
        <source>Move {count} nodes</source>
        <translation>Mover {count} nós</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="80"/>
        <source>Create memo &apos;{title}&apos;</source>
        <translation>Criar o memo “{title}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="81"/>
        <source>Edit memo &apos;{title}&apos;</source>
        <translation>Editar o memo “{title}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="82"/>
        <source>Delete memo &apos;{title}&apos;</source>
        <translation>Excluir o memo “{title}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="83"/>
        <source>Attach memo &apos;{title}&apos;</source>
        <translation>Anexar o memo “{title}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="84"/>
        <source>Detach memo &apos;{title}&apos;</source>
        <translation>Desanexar o memo “{title}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="85"/>
        <source>Consensus on passage {number}: accept {coder}</source>
        <translation>Consenso sobre o trecho {number}: aceitar {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="86"/>
        <source>Consensus on passage {number}: union</source>
        <translation>Consenso sobre o trecho {number}: união</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="87"/>
        <source>Consensus on passage {number}: intersection</source>
        <translation>Consenso sobre o trecho {number}: interseção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="88"/>
        <source>Consensus on passage {number}: custom boundaries</source>
        <translation>Consenso sobre o trecho {number}: limites personalizados</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="89"/>
        <source>Consensus on {count} passages: accept {coder}</source>
        <translation>Consenso sobre {count} trechos: aceitar {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="90"/>
        <source>Consensus on {count} passages: union</source>
        <translation>Consenso sobre {count} trechos: união</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="91"/>
        <source>Consensus on {count} passages: intersection</source>
        <translation>Consenso sobre {count} trechos: interseção</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="92"/>
        <source>Merge {file}</source>
        <translation>Mesclar {file}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="93"/>
        <source>Import &apos;{file}&apos;</source>
        <translation>Importar “{file}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="94"/>
        <source>Import codebook &apos;{file}&apos;</source>
        <translation>Importar o livro de códigos “{file}”</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="95"/>
        <source>Build demo project</source>
        <translation>Criar projeto de demonstração</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="96"/>
        <source>Prepare copy for {coder}</source>
        <translation>Preparar a cópia para {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="97"/>
        <source>Simulated coding by {coder}</source>
        <translation>Codificação simulada de {coder}</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="98"/>
        <source>Pseudonymise {count} names</source>
        <translation>Pseudonimizar {count} nomes</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="99"/>
        <source>Edit stop words</source>
        <translation>Editar as palavras vazias</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="100"/>
        <source>Set report wording ({language})</source>
        <translation>Definir a redação dos relatórios ({language})</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="66"/>
        <source>Comment relation</source>
        <translation>Comentar relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="68"/>
        <source>Remove relation</source>
        <translation>Remover relação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="71"/>
        <source>Remove quotation link</source>
        <translation>Remover vínculo entre citações</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/undo_names.py" line="78"/>
        <source>Move node</source>
        <translation>Mover nó</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="204"/>
        <source>Values per unit and coder</source>
        <translation>Valores por unidade e codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="212"/>
        <source>Tick “Alpha over passages as units” and compute: each coded passage is a unit, each code a value (Krippendorff 2011).</source>
        <translation>Marque “Alfa com trechos como unidades” e calcule: cada trecho codificado é uma unidade, cada código um valor (Krippendorff 2011).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="217"/>
        <source>Krippendorff&apos;s α (%1) over %2 passages as units, codes as values: %3 (%4 pairable units, %5 pairable values).</source>
        <translation>α de Krippendorff (%1) com %2 trechos como unidades e códigos como valores: %3 (%4 unidades emparelháveis, %5 valores emparelháveis).</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/agreement_tabs.py" line="223"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="61"/>
        <source>Welcome to qda_app</source>
        <translation>Bem-vindo ao qda_app</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="62"/>
        <source>Code interview transcripts by hand: mark quotations, assign codes, compare coders. Start a new project, open one, or explore the demo study.</source>
        <translation>Codifique manualmente transcrições de entrevistas: marque citações, atribua códigos e compare codificadores. Crie um projeto novo, abra um existente ou explore o estudo de demonstração.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="64"/>
        <source>New Project…</source>
        <translation>Novo projeto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="65"/>
        <source>Open Project…</source>
        <translation>Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="66"/>
        <source>Open Demo Project</source>
        <translation>Abrir projeto de demonstração</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/views/welcome.py" line="67"/>
        <location filename="../../qda_app/gui/views/welcome.py" line="68"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="49"/>
        <source>(no recent projects)</source>
        <translation>(nenhum projeto recente)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="73"/>
        <source>Colours by coder</source>
        <translation>Cores por codificador</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="74"/>
        <source>Coder colours: %1</source>
        <translation>Cores dos codificadores: %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="82"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="88"/>
        <source>Select text with the keyboard</source>
        <translation>Selecionar texto com o teclado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="88"/>
        <source>Shift+Arrow keys in the text</source>
        <translation>Shift+setas no texto</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="89"/>
        <source>Select the quotation under the cursor; again: the one around it</source>
        <translation>Selecionar a citação sob o cursor; de novo: a que a contém</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="89"/>
        <source>Click in coded text</source>
        <translation>Clique em texto codificado</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="90"/>
        <source>Open a quotation&apos;s comment</source>
        <translation>Abrir o comentário de uma citação</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="90"/>
        <source>Double-click its bracket</source>
        <translation>Clique duplo no seu colchete</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/chrome.py" line="93"/>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Frequência de palavras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="39"/>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="44"/>
        <source>Number of words</source>
        <translation>Número de palavras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="45"/>
        <source>Leave out speaker labels (&quot;Interviewer:&quot;)</source>
        <translation>Omitir rótulos de falante (“Entrevistador:”)</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="48"/>
        <source>Stop list</source>
        <translation>Lista de palavras vazias</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="49"/>
        <source>The texts&apos; language</source>
        <translation>O idioma dos textos</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="49"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="50"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="50"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="50"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="54"/>
        <source>Also leave out</source>
        <translation>Omitir também</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="56"/>
        <source>Count although listed</source>
        <translation>Contar mesmo se listadas</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="61"/>
        <source>Scope:</source>
        <translation>Âmbito:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="62"/>
        <source>Words:</source>
        <translation>Palavras:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="63"/>
        <source>Stop list:</source>
        <translation>Lista de palavras vazias:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="64"/>
        <source>Also leave out:</source>
        <translation>Omitir também:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="65"/>
        <source>Count although listed:</source>
        <translation>Contar mesmo se listadas:</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="67"/>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="71"/>
        <source>Word frequencies</source>
        <translation>Frequência de palavras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="72"/>
        <source>Word</source>
        <translation>Palavra</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="72"/>
        <source>Count</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="72"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="77"/>
        <source>Word cloud</source>
        <translation>Nuvem de palavras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="80"/>
        <source>Save Word Cloud…</source>
        <translation>Salvar nuvem de palavras…</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="96"/>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
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
        <translation>Citações de %1</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="142"/>
        <source>No words to show.</source>
        <translation>Não há palavras para mostrar.</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="170"/>
        <source>Save Word Cloud</source>
        <translation>Salvar nuvem de palavras</translation>
    </message>
    <message>
        <location filename="../../qda_app/gui/dialogs/word_frequency_dialog.py" line="171"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagem PNG (*.png);;Imagem SVG (*.svg)</translation>
    </message>
</context>
</TS>
