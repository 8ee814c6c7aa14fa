<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="32" />
      <source>&amp;New Project…</source>
      <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="33" />
      <source>&amp;Open Project…</source>
      <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="34" />
      <source>Open &amp;Demo Project</source>
      <translation>Abrir projeto de &amp;demonstração</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="35" />
      <source>&amp;Import Documents…</source>
      <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="36" />
      <source>&amp;Close Project</source>
      <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="37" />
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="38" />
      <source>&amp;Undo</source>
      <translation>&amp;Desfazer</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="39" />
      <source>&amp;Redo</source>
      <translation>&amp;Refazer</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="40" />
      <source>&amp;Find in Document…</source>
      <translation>&amp;Localizar no documento…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="41" />
      <source>Find in &amp;All Documents…</source>
      <translation>Localizar em &amp;todos os documentos…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="42" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferências…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="43" />
      <source>Switch &amp;Coder…</source>
      <translation>Trocar de &amp;codificador…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="44" />
      <source>&amp;Code Selection…</source>
      <translation>&amp;Codificar seleção…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="45" />
      <source>&amp;Quick Code</source>
      <translation>Codificação &amp;rápida</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="46" />
      <source>Code &amp;In Vivo</source>
      <translation>Codificar &amp;in vivo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="47" />
      <source>&amp;Remove Code from Quotation…</source>
      <translation>&amp;Remover código da citação…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="48" />
      <source>&amp;Delete Quotation</source>
      <translation>&amp;Excluir citação</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="49" />
      <source>Co&amp;mment on Quotation…</source>
      <translation>Co&amp;mentar a citação…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="50" />
      <source>Mark as Re&amp;presentative</source>
      <translation>Marcar como re&amp;presentativa</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="51" />
      <source>Set Quotation &amp;Boundaries to Selection</source>
      <translation>Ajustar &amp;limites da citação à seleção</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="52" />
      <source>&amp;New Code…</source>
      <translation>&amp;Novo código…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="53" />
      <source>Re&amp;name Code…</source>
      <translation>Re&amp;nomear código…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="54" />
      <source>Change &amp;Colour…</source>
      <translation>Alterar &amp;cor…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="55" />
      <source>Edit &amp;Definition…</source>
      <translation>Editar &amp;definição…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="56" />
      <source>&amp;Merge into…</source>
      <translation>&amp;Mesclar com…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="57" />
      <source>&amp;Split Category…</source>
      <translation>&amp;Dividir categoria…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="58" />
      <source>&amp;Delete Code…</source>
      <translation>&amp;Excluir código…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="59" />
      <source>New &amp;Memo…</source>
      <translation>Novo &amp;memorando…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="60" />
      <source>Zoom &amp;In</source>
      <translation>&amp;Ampliar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="61" />
      <source>Zoom &amp;Out</source>
      <translation>&amp;Reduzir</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="62" />
      <source>Colour by C&amp;oder</source>
      <translation>Colorir por c&amp;odificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="63" />
      <source>Show Codings &amp;of…</source>
      <translation>Mostrar codificações &amp;de…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="64" />
      <source>&amp;About qda_app</source>
      <translation>&amp;Sobre o qda_app</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../qda_app/gui/app.py" line="55" />
      <location filename="../../qda_app/gui/app.py" line="58" />
      <source>Cannot open the project</source>
      <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/app.py" line="80" />
      <source>Welcome to qda_app</source>
      <translation>Bem-vindo ao qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/app.py" line="81" />
      <source>Your name as a coder (it is recorded with every coding):</source>
      <translation>Seu nome como codificador (é registrado em cada codificação):</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/app.py" line="105" />
      <source>Demo project</source>
      <translation>Projeto de demonstração</translation>
    </message>
  </context>
  <context>
    <name>CodeActions</name>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="39" />
      <source>New Code</source>
      <translation>Novo código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="40" />
      <source>Name (Category::Code makes a sub-code):</source>
      <translation>Nome (Categoria::Código cria um subcódigo):</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="51" />
      <source>Rename Code</source>
      <translation>Renomear código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="51" />
      <source>New name:</source>
      <translation>Novo nome:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="62" />
      <source>Code Colour</source>
      <translation>Cor do código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="72" />
      <source>Code Definition</source>
      <translation>Definição do código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="73" />
      <source>Definition of “%1”:</source>
      <translation>Definição de “%1”:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="86" />
      <source>Merge “%1” into</source>
      <translation>Mesclar “%1” com</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="100" />
      <source>Split Category</source>
      <translation>Dividir categoria</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="100" />
      <source>Sub-codes to move:</source>
      <translation>Subcódigos a mover:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="102" />
      <source>Name of the new category:</source>
      <translation>Nome da nova categoria:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="109" />
      <source>Split “%1”</source>
      <translation>Dividir “%1”</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="124" />
      <source>Delete the code “%1” and its sub-codes? %2 codings will be removed. You can undo this.</source>
      <translation>Excluir o código “%1” e seus subcódigos? %2 codificações serão removidas. É possível desfazer.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="126" />
      <source>Delete Code</source>
      <translation>Excluir código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="134" />
      <source>Move codes</source>
      <translation>Mover códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="148" />
      <source>The project (research journal)</source>
      <translation>O projeto (diário de pesquisa)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="151" />
      <source>Document %1</source>
      <translation>Documento %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="153" />
      <source>Code “%1”</source>
      <translation>Código “%1”</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="156" />
      <source>Quotation %1</source>
      <translation>Citação %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="175" />
      <source>Delete Memo</source>
      <translation>Excluir memorando</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="175" />
      <source>Delete this memo? You can undo this.</source>
      <translation>Excluir este memorando? É possível desfazer.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="184" />
      <source>Show Codings Of</source>
      <translation>Mostrar codificações de</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="184" />
      <source>Coders whose codings are shown:</source>
      <translation>Codificadores cujas codificações são mostradas:</translation>
    </message>
  </context>
  <context>
    <name>CodeChooser</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="34" />
      <source>Code Selection</source>
      <translation>Codificar seleção</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="40" />
      <source>Type to find a code, or a new name (Category::Code)</source>
      <translation>Digite para localizar um código, ou um nome novo (Categoria::Código)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="41" />
      <source>Code name</source>
      <translation>Nome do código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="44" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="46" />
      <source>Tick the codes to apply; Enter confirms.</source>
      <translation>Marque os códigos a aplicar; Enter confirma.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="88" />
      <source>Create code “%1”</source>
      <translation>Criar o código “%1”</translation>
    </message>
  </context>
  <context>
    <name>CodePane</name>
    <message>
      <location filename="../../qda_app/gui/views/code_tree.py" line="110" />
      <location filename="../../qda_app/gui/views/code_tree.py" line="111" />
      <source>Filter codes</source>
      <translation>Filtrar códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/code_tree.py" line="112" />
      <source>Code tree</source>
      <translation>Árvore de códigos</translation>
    </message>
  </context>
  <context>
    <name>CodeTreeModel</name>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="132" />
      <source>Groundedness %1, density %2</source>
      <translation>Fundamentação %1, densidade %2</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="137" />
      <source>%1, groundedness %2, density %3</source>
      <translation>%1, fundamentação %2, densidade %3</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Code {G-D}</source>
      <translation>Código {F-D}</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Grounded</source>
      <translation>Fundamentação</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Density</source>
      <translation>Densidade</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Definition</source>
      <translation>Definição</translation>
    </message>
  </context>
  <context>
    <name>CodingActions</name>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="67" />
      <source>Code Selection</source>
      <translation>Codificar seleção</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="106" />
      <source>Remove Code</source>
      <translation>Remover código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="106" />
      <source>Code to remove:</source>
      <translation>Código a remover:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="120" />
      <source>Comment on Quotation</source>
      <translation>Comentar a citação</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="121" />
      <source>Comment on %1:</source>
      <translation>Comentário sobre %1:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="162" />
      <source>Auto-code Hits</source>
      <translation>Codificar resultados automaticamente</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/common.py" line="26" />
      <source>qda_app</source>
      <translation>qda_app</translation>
    </message>
  </context>
  <context>
    <name>Docks</name>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="82" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="83" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="84" />
      <source>Quotations</source>
      <translation>Citações</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="85" />
      <source>Memos</source>
      <translation>Memorandos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="86" />
      <source>Search</source>
      <translation>Localizar</translation>
    </message>
  </context>
  <context>
    <name>DocumentPane</name>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="102" />
      <location filename="../../qda_app/gui/views/document_list.py" line="114" />
      <source>All groups</source>
      <translation>Todos os grupos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="110" />
      <location filename="../../qda_app/gui/views/document_list.py" line="111" />
      <source>Filter documents</source>
      <translation>Filtrar documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="112" />
      <source>Document group</source>
      <translation>Grupo de documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="115" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
  </context>
  <context>
    <name>DocumentTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Attributes</source>
      <translation>Atributos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Quotations</source>
      <translation>Citações</translation>
    </message>
  </context>
  <context>
    <name>DocumentView</name>
    <message>
      <location filename="../../qda_app/gui/views/document_view.py" line="120" />
      <source>Document text</source>
      <translation>Texto do documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_view.py" line="121" />
      <source>Document viewer</source>
      <translation>Visualizador de documentos</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="50" />
      <source>Find in document</source>
      <translation>Localizar no documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="51" />
      <source>Text to find</source>
      <translation>Texto a localizar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="52" />
      <source>Match case</source>
      <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="53" />
      <source>Previous</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="54" />
      <source>Find previous</source>
      <translation>Localizar anterior</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="55" />
      <source>Next</source>
      <translation>Próximo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="56" />
      <source>Find next</source>
      <translation>Localizar próximo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="57" />
      <source>Code All Hits…</source>
      <translation>Codificar todos os resultados…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="58" />
      <source>Code all hits</source>
      <translation>Codificar todos os resultados</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="60" />
      <source>Close find bar</source>
      <translation>Fechar a barra de localização</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="61" />
      <source>Find status</source>
      <translation>Estado da localização</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="80" />
      <source>Not found</source>
      <translation>Não encontrado</translation>
    </message>
  </context>
  <context>
    <name>HitTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>Hit</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>After</source>
      <translation>Depois</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="191" />
      <source>New Project</source>
      <translation>Novo projeto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="192" />
      <location filename="../../qda_app/gui/main_window.py" line="202" />
      <source>qda_app projects (*.qdaproj)</source>
      <translation>Projetos do qda_app (*.qdaproj)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="201" />
      <source>Open Project</source>
      <translation>Abrir projeto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="214" />
      <source>Import Documents</source>
      <translation>Importar documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="215" />
      <source>Documents (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;All files (*)</source>
      <translation>Documentos (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="265" />
      <source>Coder: %1</source>
      <translation>Codificador: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="267" />
      <source>qda_app</source>
      <translation>qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="271" />
      <source>%1 on %2 since %3</source>
      <translation>%1 em %2 desde %3</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="272" />
      <source>another program</source>
      <translation>outro programa</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="273" />
      <source>Read-only: this project is open for writing by %1. You can read and search, but not change it.</source>
      <translation>Somente leitura: este projeto está aberto para escrita por %1. É possível ler e localizar, mas não alterá-lo.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="292" />
      <source>Switch Coder</source>
      <translation>Trocar de codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="292" />
      <source>Who is coding?</source>
      <translation>Quem está codificando?</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="326" />
      <source>About qda_app</source>
      <translation>Sobre o qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="327" />
      <source>qda_app %1
Qualitative data analysis by hand: code interviews, compare coders, export Atlas.ti-style tables.</source>
      <translation>qda_app %1
Análise qualitativa de dados à mão: codifique entrevistas, compare codificadores e exporte tabelas no estilo do Atlas.ti.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="342" />
      <location filename="../../qda_app/gui/main_window.py" line="343" />
      <source>Main toolbar</source>
      <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="346" />
      <source>Current coder</source>
      <translation>Codificador atual</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="347" />
      <source>Project name</source>
      <translation>Nome do projeto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="348" />
      <source>Read-only notice</source>
      <translation>Aviso de somente leitura</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="355" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="355" />
      <source>&amp;Undo</source>
      <translation>&amp;Desfazer</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="356" />
      <source>&amp;Redo %1</source>
      <translation>&amp;Refazer %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="356" />
      <source>&amp;Redo</source>
      <translation>&amp;Refazer</translation>
    </message>
  </context>
  <context>
    <name>Margin</name>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="37" />
      <source>Quotation margin</source>
      <translation>Margem de citações</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="39" />
      <source>Brackets showing each quotation's extent, ID and codes; click one to select it</source>
      <translation>Colchetes com a extensão, o ID e os códigos de cada citação; clique em um para selecioná-la</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="140" />
      <source>(no codes)</source>
      <translation>(sem códigos)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="143" />
      <source>Quotation %1</source>
      <translation>Citação %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="144" />
      <source>Codes: %1</source>
      <translation>Códigos: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="145" />
      <source>Coder: %1</source>
      <translation>Codificador: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="146" />
      <source>Created: %1</source>
      <translation>Criada: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="149" />
      <source>Comment: %1</source>
      <translation>Comentário: %1</translation>
    </message>
  </context>
  <context>
    <name>MemoPane</name>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="99" />
      <source>About: %1 · by %2 · created %3 · modified %4</source>
      <translation>Sobre: %1 · por %2 · criado %3 · modificado %4</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="113" />
      <location filename="../../qda_app/gui/views/memo_pane.py" line="114" />
      <source>Memo title</source>
      <translation>Título do memorando</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="115" />
      <source>Write the memo here: observations, decisions, ideas…</source>
      <translation>Escreva o memorando aqui: observações, decisões, ideias…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="116" />
      <source>Memo text</source>
      <translation>Texto do memorando</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="117" />
      <source>Memo target and dates</source>
      <translation>Objeto e datas do memorando</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="118" />
      <source>Memos</source>
      <translation>Memorandos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="119" />
      <source>New Memo…</source>
      <translation>Novo memorando…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="120" />
      <source>Save</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="121" />
      <source>Delete</source>
      <translation>Excluir</translation>
    </message>
  </context>
  <context>
    <name>MemoTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>Modified</source>
      <translation>Modificado</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="12" />
      <source>&amp;File</source>
      <translation>&amp;Arquivo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="14" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="16" />
      <source>&amp;Coding</source>
      <translation>&amp;Codificação</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="19" />
      <source>Co&amp;des</source>
      <translation>Có&amp;digos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="21" />
      <source>&amp;Memos</source>
      <translation>&amp;Memorandos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="22" />
      <source>&amp;View</source>
      <translation>&amp;Exibir</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="23" />
      <source>&amp;Help</source>
      <translation>Aj&amp;uda</translation>
    </message>
  </context>
  <context>
    <name>NewMemoDialog</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="12" />
      <source>New Memo</source>
      <translation>Novo memorando</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="14" />
      <source>Memo title</source>
      <translation>Título do memorando</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="16" />
      <source>Memo is about</source>
      <translation>O memorando trata de</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="21" />
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="22" />
      <source>&amp;About:</source>
      <translation>&amp;Sobre:</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="14" />
      <source>Preferences</source>
      <translation>Preferências</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="17" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="18" />
      <source>System language</source>
      <translation>Idioma do sistema</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="24" />
      <source>Coder name</source>
      <translation>Nome do codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="27" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="28" />
      <source>&amp;Coder name:</source>
      <translation>Nome do &amp;codificador:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../qda_app/gui/background.py" line="38" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/background.py" line="54" />
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
  </context>
  <context>
    <name>QuotationPane</name>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="77" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="92" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="114" />
      <source>All codes</source>
      <translation>Todos os códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="93" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="114" />
      <source>All documents</source>
      <translation>Todos os documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="94" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="115" />
      <source>All groups</source>
      <translation>Todos os grupos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="95" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="115" />
      <source>All coders</source>
      <translation>Todos os codificadores</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="106" />
      <source>Filter text or comment</source>
      <translation>Filtrar por texto ou comentário</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="107" />
      <source>Filter quotations by text</source>
      <translation>Filtrar citações por texto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="108" />
      <source>Filter by code</source>
      <translation>Filtrar por código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="109" />
      <source>Filter by document</source>
      <translation>Filtrar por documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="110" />
      <source>Filter by document group</source>
      <translation>Filtrar por grupo de documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="111" />
      <source>Filter by coder</source>
      <translation>Filtrar por codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="112" />
      <source>Quotations</source>
      <translation>Citações</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="113" />
      <source>Quotations shown</source>
      <translation>Citações mostradas</translation>
    </message>
  </context>
  <context>
    <name>QuotationTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Coder</source>
      <translation>Codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="60" />
      <source>Created</source>
      <translation>Criada</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="60" />
      <source>Comment</source>
      <translation>Comentário</translation>
    </message>
  </context>
  <context>
    <name>Refresh</name>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="154" />
      <location filename="../../qda_app/gui/refresh.py" line="157" />
      <source>Project</source>
      <translation>Projeto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="160" />
      <source>Code %1</source>
      <translation>Código %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="164" />
      <location filename="../../qda_app/gui/refresh.py" line="165" />
      <source>Document %1</source>
      <translation>Documento %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="168" />
      <location filename="../../qda_app/gui/refresh.py" line="169" />
      <source>Quotation %1</source>
      <translation>Citação %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="186" />
      <source>Importing documents</source>
      <translation>Importando documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="194" />
      <source>Imported: %1</source>
      <translation>Importados: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="196" />
      <source>Skipped (already in the project): %1</source>
      <translation>Ignorados (já estão no projeto): %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="198" />
      <source>The import was cancelled; nothing was added.</source>
      <translation>A importação foi cancelada; nada foi adicionado.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="200" />
      <source>Not imported:</source>
      <translation>Não importados:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="203" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message numerus="yes">
      <location filename="../../qda_app/gui/views/search_panel.py" line="68" />
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n resultado</numerusform>
        <numerusform>%n resultados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="75" />
      <source>Find in all documents</source>
      <translation>Localizar em todos os documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="76" />
      <source>Text to find in all documents</source>
      <translation>Texto a localizar em todos os documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="77" />
      <source>Match case</source>
      <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="78" />
      <source>Whole words</source>
      <translation>Palavras inteiras</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="79" />
      <source>Search</source>
      <translation>Localizar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="80" />
      <source>Code Selected Hits…</source>
      <translation>Codificar resultados selecionados…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="81" />
      <source>Code selected hits</source>
      <translation>Codificar resultados selecionados</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="82" />
      <source>Search hits in context</source>
      <translation>Resultados da localização em contexto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="83" />
      <source>Number of hits</source>
      <translation>Número de resultados</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="61" />
      <source>Welcome to qda_app</source>
      <translation>Bem-vindo ao qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="62" />
      <source>Code interview transcripts by hand: mark quotations, assign codes, compare coders. Start a new project, open one, or explore the demo study.</source>
      <translation>Codifique transcrições de entrevistas à mão: marque citações, atribua códigos e compare codificadores. Crie um projeto novo, abra um existente ou explore o estudo de demonstração.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="64" />
      <source>New Project…</source>
      <translation>Novo projeto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="65" />
      <source>Open Project…</source>
      <translation>Abrir projeto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="66" />
      <source>Open Demo Project</source>
      <translation>Abrir projeto de demonstração</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="67" />
      <location filename="../../qda_app/gui/views/welcome.py" line="68" />
      <source>Recent projects</source>
      <translation>Projetos recentes</translation>
    </message>
  </context>
</TS>