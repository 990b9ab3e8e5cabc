<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <source>Add a hidden layer</source>
        <translation>Aggiungi uno strato nascosto</translation>
    </message>
    <message>
        <source>A new hidden layer just before the output layer, as wide as the layer before it</source>
        <translation>Un nuovo strato nascosto subito prima dello strato di uscita, largo quanto lo strato che lo precede</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The loss E: half squared error ½Σ(aᴸ − t)² (the lecture&apos;s), or cross-entropy (needs a logistic or softmax output layer)</source>
        <translation>L’errore E: metà dell’errore quadratico ½Σ(aᴸ − t)² (quello della lezione), o entropia incrociata (richiede uno strato di uscita logistic o softmax)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ingresso</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>nascosto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Layer %1 (%2), its number of neurons and its activation</source>
        <translation>Strato %1 (%2), il suo numero di neuroni e la sua funzione di attivazione</translation>
    </message>
    <message>
        <source>Neurons in layer %1</source>
        <translation>Neuroni nello strato %1</translation>
    </message>
    <message>
        <source>Set by the dataset&apos;s input columns: add or remove them in the dataset editor</source>
        <translation>Fissato dalle colonne di ingresso del dataset: aggiungile o rimuovile nell’editor del dataset</translation>
    </message>
    <message>
        <source>Set by the dataset&apos;s target columns: add or remove them in the dataset editor</source>
        <translation>Fissato dalle colonne obiettivo del dataset: aggiungile o rimuovile nell’editor del dataset</translation>
    </message>
    <message>
        <source>Neurons of hidden layer %1: added and removed at the end, the other neurons keep their weights</source>
        <translation>Neuroni dello strato nascosto %1: si aggiungono e si rimuovono in fondo, gli altri neuroni conservano i loro pesi</translation>
    </message>
    <message>
        <source>Activation of layer %1</source>
        <translation>Funzione di attivazione dello strato %1</translation>
    </message>
    <message>
        <source>The activation σ of layer %1, in a%2 = σ(z%2); the weights stay</source>
        <translation>La funzione di attivazione σ dello strato %1, in a%2 = σ(z%2); i pesi restano</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Remove hidden layer %1</source>
        <translation>Rimuovi lo strato nascosto %1</translation>
    </message>
    <message>
        <source>Remove hidden layer %1; the next layer keeps the weights whose neurons remain</source>
        <translation>Rimuovi lo strato nascosto %1; lo strato successivo conserva i pesi i cui neuroni restano</translation>
    </message>
    <message>
        <source>Neurons are added and removed at the end of a layer: every weight whose two neurons remain keeps its value, new weights are drawn with the run&apos;s seed (%1), and the optimizer&apos;s memory starts again. Undo (Ctrl+Z) brings the removed weights back.</source>
        <translation>I neuroni si aggiungono e si rimuovono in fondo a uno strato: ogni peso i cui due neuroni restano conserva il suo valore, i nuovi pesi sono estratti con il seme dell’addestramento (%1) e la memoria dell’ottimizzatore riparte da zero. Annulla (Ctrl+Z) riporta i pesi rimossi.</translation>
    </message>
    <message>
        <source>add hidden layer %1</source>
        <translation>aggiunta dello strato nascosto %1</translation>
    </message>
    <message>
        <source>remove hidden layer %1</source>
        <translation>rimozione dello strato nascosto %1</translation>
    </message>
    <message>
        <source>resize layer %1 from %2 to %3 neurons</source>
        <translation>ridimensionamento dello strato %1 da %2 a %3 neuroni</translation>
    </message>
    <message>
        <source>set the activation of layer %1 to %2</source>
        <translation>funzione di attivazione dello strato %1 su %2</translation>
    </message>
    <message>
        <source>set the loss to %1</source>
        <translation>funzione di errore su %1</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>an unknown error</source>
        <translation>un errore sconosciuto</translation>
    </message>
</context>
<context>
    <name>CentralDifferenceSketch</name>
    <message>
        <source>backprop’s slope</source>
        <translation>pendenza della retropropagazione</translation>
    </message>
    <message>
        <source>central difference</source>
        <translation>differenza centrale</translation>
    </message>
    <message>
        <source>%1, drawn wider</source>
        <translation>%1, disegnato più largo</translation>
    </message>
</context>
<context>
    <name>ChainRuleView</name>
    <message>
        <source>forward pass, layer %1</source>
        <translation>passo in avanti, strato %1</translation>
    </message>
    <message>
        <source>output error (BP1)</source>
        <translation>errore in uscita (BP1)</translation>
    </message>
    <message>
        <source>backward pass (BP2), layer %1</source>
        <translation>passo all&apos;indietro (BP2), strato %1</translation>
    </message>
    <message>
        <source>gradients (BP3, BP4), layer %1</source>
        <translation>gradienti (BP3, BP4), strato %1</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <source>Chain rule of the selected neuron</source>
        <translation>Regola della catena del neurone selezionato</translation>
    </message>
    <message>
        <source>Chain rule: step through a sample (→) to see a neuron&apos;s scalar operations.</source>
        <translation>Regola della catena: avanzate per fasi su un esempio (→) per vedere le operazioni scalari di un neurone.</translation>
    </message>
    <message>
        <source>Chain rule: select a neuron of a hidden layer or of the output layer.</source>
        <translation>Regola della catena: selezionate un neurone di uno strato nascosto o dello strato di uscita.</translation>
    </message>
    <message>
        <source>Chain rule of %1 — %2</source>
        <translation>Regola della catena di %1 — %2</translation>
    </message>
    <message>
        <source>∂E/∂%1 sums the contributions of every neuron of layer %2: that sum is BP2, (Wˡ⁺¹)ᵀδˡ⁺¹. Equation panel ›</source>
        <translation>∂E/∂%1 somma i contributi di ogni neurone dello strato %2: quella somma è BP2, (Wˡ⁺¹)ᵀδˡ⁺¹. Pannello delle equazioni ›</translation>
    </message>
    <message>
        <source>Softmax: each output depends on every z, so BP1 multiplies by the Jacobian, not by σ′. Equation panel ›</source>
        <translation>Softmax: ogni uscita dipende da ogni z, quindi BP1 moltiplica per la jacobiana, non per σ′. Pannello delle equazioni ›</translation>
    </message>
    <message>
        <source>Edges: local derivatives (× swaps its inputs, + copies, f gives f′(z)); nodes: ∂E/∂ of themselves. Equation panel ›</source>
        <translation>Archi: derivate locali (× scambia i suoi ingressi, + copia, f dà f′(z)); nodi: ∂E/∂ di se stessi. Pannello delle equazioni ›</translation>
    </message>
    <message>
        <source>Forward: each node shows its value. Step on (→) to the backward pass to see the gradients.</source>
        <translation>In avanti: ogni nodo mostra il suo valore. Avanzate (→) al passo all&apos;indietro per vedere i gradienti.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ altri %1</translation>
    </message>
    <message>
        <source>Show the equation panel</source>
        <translation>Mostra il pannello delle equazioni</translation>
    </message>
    <message>
        <source>Show %1 more inputs of %2</source>
        <translation>Mostra altri %1 ingressi di %2</translation>
    </message>
    <message>
        <source>Show %1 more neurons of layer %2 that %3 feeds</source>
        <translation>Mostra altri %1 neuroni dello strato %2 a cui arriva %3</translation>
    </message>
</context>
<context>
    <name>ChangeMarkers</name>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>layer %1: %2 → %3</source>
        <translation>strato %1: %2 → %3</translation>
    </message>
    <message>
        <source>layers %1: %2 → %3</source>
        <translation>strati %1: %2 → %3</translation>
    </message>
    <message>
        <source>η %1 → %2</source>
        <translation>η %1 → %2</translation>
    </message>
    <message>
        <source>optimizer %1 → %2</source>
        <translation>ottimizzatore %1 → %2</translation>
    </message>
    <message>
        <source>batch %1 → %2</source>
        <translation>batch %1 → %2</translation>
    </message>
    <message>
        <source>loss %1 → %2</source>
        <translation>perdita %1 → %2</translation>
    </message>
    <message>
        <source>layers %1 → %2</source>
        <translation>strati %1 → %2</translation>
    </message>
    <message>
        <source>data %1 → %2 samples</source>
        <translation>dati %1 → %2 campioni</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>ClassSession</name>
    <message>
        <source>Start class session…</source>
        <translation>Avvia una sessione di classe…</translation>
    </message>
    <message>
        <source>Students follow this window on their own screens and vote from their phones</source>
        <translation>Gli studenti seguono questa finestra sui propri schermi e votano dal telefono</translation>
    </message>
    <message>
        <source>Stop class session</source>
        <translation>Termina la sessione di classe</translation>
    </message>
    <message>
        <source>Join class session…</source>
        <translation>Partecipa a una sessione di classe…</translation>
    </message>
    <message>
        <source>Export session tally…</source>
        <translation>Esporta il conteggio della sessione…</translation>
    </message>
    <message>
        <source>Export session tally</source>
        <translation>Esporta il conteggio della sessione</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Leave class session</source>
        <translation>Lascia la sessione di classe</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>A state from the lecturer could not be shown: %1</source>
        <translation>Uno stato inviato dal docente non si può mostrare: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Stai seguendo %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost — reconnecting…</source>
        <translation>Connessione a %1 persa — nuovo tentativo…</translation>
    </message>
    <message>
        <source>Exploring on your own — the lecturer is at %1</source>
        <translation>Stai esplorando da solo — il docente è su %1</translation>
    </message>
    <message>
        <source>The lecturer ended the class session. This copy is yours to explore.</source>
        <translation>Il docente ha terminato la sessione di classe. Questa copia è tua da esplorare.</translation>
    </message>
    <message>
        <source>Cannot reach %1: is the address right, and is the lecturer&apos;s class session running? Trying again…</source>
        <translation>Impossibile raggiungere %1: l&apos;indirizzo è giusto, e la sessione di classe del docente è attiva? Nuovo tentativo…</translation>
    </message>
    <message>
        <source>Show how to join</source>
        <translation>Mostra come partecipare</translation>
    </message>
</context>
<context>
    <name>ClassSessionLink</name>
    <message>
        <source>The host refused the session code.</source>
        <translation>Il docente ha rifiutato il codice della sessione.</translation>
    </message>
    <message>
        <source>Too many wrong codes from this computer: wait a minute and try again.</source>
        <translation>Troppi codici errati da questo computer: aspetta un minuto e riprova.</translation>
    </message>
    <message>
        <source>The class session is full.</source>
        <translation>La sessione di classe è al completo.</translation>
    </message>
    <message>
        <source>The host refused to let this window follow.</source>
        <translation>Il docente non ha permesso a questa finestra di seguirlo.</translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 non è un indirizzo IP.</translation>
    </message>
    <message>
        <source>The class session could not start: %1</source>
        <translation>Non è stato possibile avviare la sessione di classe: %1</translation>
    </message>
    <message>
        <source>Session tally written to %1</source>
        <translation>Conteggio della sessione scritto in %1</translation>
    </message>
</context>
<context>
    <name>ClassTallyView</name>
    <message>
        <source>The class&apos;s answers</source>
        <translation>Le risposte della classe</translation>
    </message>
    <message>
        <source>Vote again</source>
        <translation>Vota di nuovo</translation>
    </message>
    <message>
        <source>After a discussion: a second round, the first kept beside it</source>
        <translation>Dopo una discussione: un secondo turno, con il primo conservato accanto</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n answers</source>
        <translation>
            <numerusform>Turno %1: %n risposta</numerusform>
            <numerusform>Turno %1: %n risposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n risposta</numerusform>
            <numerusform>%n risposte</numerusform>
        </translation>
    </message>
    <message>
        <source>round %1: %2</source>
        <translation>turno %1: %2</translation>
    </message>
    <message>
        <source>right: %1</source>
        <translation>giusta: %1</translation>
    </message>
</context>
<context>
    <name>CodeSpaceView</name>
    <message>
        <source>Hidden codes: each sample as a point at its hidden values</source>
        <translation>Codici nascosti: ogni campione come punto nei suoi valori nascosti</translation>
    </message>
    <message>
        <source>Hidden units on the cube&apos;s axes</source>
        <translation>Unità nascoste sugli assi del cubo</translation>
    </message>
    <message>
        <source>units %1, %2, %3</source>
        <translation>unità %1, %2, %3</translation>
    </message>
    <message>
        <source>Hidden codes (layer %1)</source>
        <translation>Codici nascosti (strato %1)</translation>
    </message>
    <message>
        <source>Hidden codes</source>
        <translation>Codici nascosti</translation>
    </message>
    <message>
        <source>Each pattern becomes a point at its hidden values once the network runs.</source>
        <translation>Ogni pattern diventa un punto nei suoi valori nascosti quando la rete è in funzione.</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 numero</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>%1 numeri</translation>
    </message>
    <message>
        <source>A new, compressed representation: %1 for %2 patterns. It works for these inputs and similar ones, not for arbitrary inputs.</source>
        <translation>Una nuova rappresentazione compressa: %1 per %2 pattern. Funziona per questi ingressi e per quelli simili, non per ingressi qualsiasi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;&lt;br&gt;%2 = (%3)&lt;br&gt;code %4</source>
        <translation>&lt;b&gt;Pattern %1&lt;/b&gt;&lt;br&gt;%2 = (%3)&lt;br&gt;codice %4</translation>
    </message>
    <message>
        <source>No hidden codes yet</source>
        <translation>Ancora nessun codice nascosto</translation>
    </message>
    <message>
        <source>units %1–%2</source>
        <translation>unità %1–%2</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>mostrate %1 di %2</translation>
    </message>
    <message>
        <source>drag or ←↑→↓ to turn</source>
        <translation>trascina o ←↑→↓ per ruotare</translation>
    </message>
    <message>
        <source>same code: %1</source>
        <translation>stesso codice: %1</translation>
    </message>
    <message>
        <source>%1 patterns, %2 distinct codes</source>
        <translation>%1 pattern, %2 codici distinti</translation>
    </message>
    <message>
        <source>%1 patterns, %1 distinct codes</source>
        <translation>%1 pattern, %1 codici distinti</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with…</source>
        <translation>Confronta con…</translation>
    </message>
    <message>
        <source>Start runs beside this one, from the same seed and the same weights, trained in lockstep. Each differs in the settings you choose; &quot;same&quot; keeps this run&apos;s. A different initialisation draws new weights from the same seed.</source>
        <translation>Avvia addestramenti accanto a questo, dallo stesso seme e dagli stessi pesi, addestrati di pari passo. Ognuno differisce nelle impostazioni che scegli; &quot;uguale&quot; mantiene quelle di questo addestramento. Un’inizializzazione diversa estrae nuovi pesi dallo stesso seme.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>uguale</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Tasso di apprendimento η</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Ottimizzatore</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inizializzazione</translation>
    </message>
    <message>
        <source>Initial range r of U(−r, r)</source>
        <translation>Ampiezza iniziale r di U(−r, r)</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Attivazione nascosta</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Addestramento %1</translation>
    </message>
    <message>
        <source>same (%1)</source>
        <translation>uguale (%1)</translation>
    </message>
    <message>
        <source>0 is the whole dataset (full batch)</source>
        <translation>0 è l’intero insieme di dati (batch completo)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>the learning rate must be a number greater than 0</source>
        <translation>il tasso di apprendimento deve essere un numero maggiore di 0</translation>
    </message>
    <message>
        <source>the initial range must be a number above 0 and at most 100</source>
        <translation>l’ampiezza iniziale deve essere un numero maggiore di 0 e al massimo 100</translation>
    </message>
    <message>
        <source>Switch on at least one run to compare with.</source>
        <translation>Attiva almeno un addestramento con cui confrontare.</translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>+ sample</source>
        <translation>+ riga</translation>
    </message>
    <message>
        <source>Add a sample</source>
        <translation>Aggiungi un campione</translation>
    </message>
    <message>
        <source>Add a sample of zeros after the current one</source>
        <translation>Aggiungi un campione di zeri dopo quello corrente</translation>
    </message>
    <message>
        <source>− sample</source>
        <translation>− riga</translation>
    </message>
    <message>
        <source>Remove the current sample</source>
        <translation>Rimuovi il campione corrente</translation>
    </message>
    <message>
        <source>Remove the current sample (the selected row)</source>
        <translation>Rimuovi il campione corrente (la riga selezionata)</translation>
    </message>
    <message>
        <source>+ x</source>
        <translation>+ x</translation>
    </message>
    <message>
        <source>Add an input column</source>
        <translation>Aggiungi una colonna di ingresso</translation>
    </message>
    <message>
        <source>Add an input column of zeros: the input layer gets a neuron, its weights drawn with the run&apos;s seed</source>
        <translation>Aggiungi una colonna di ingresso di zeri: lo strato di ingresso riceve un neurone, con i pesi estratti con il seme dell’addestramento</translation>
    </message>
    <message>
        <source>− x</source>
        <translation>− x</translation>
    </message>
    <message>
        <source>Remove the last input column</source>
        <translation>Rimuovi l’ultima colonna di ingresso</translation>
    </message>
    <message>
        <source>Remove the last input column and its input neuron (with its weights)</source>
        <translation>Rimuovi l’ultima colonna di ingresso e il suo neurone di ingresso (con i suoi pesi)</translation>
    </message>
    <message>
        <source>+ t</source>
        <translation>+ t</translation>
    </message>
    <message>
        <source>Add a target column</source>
        <translation>Aggiungi una colonna obiettivo</translation>
    </message>
    <message>
        <source>Add a target column of zeros: the output layer gets a neuron, its weights drawn with the run&apos;s seed</source>
        <translation>Aggiungi una colonna obiettivo di zeri: lo strato di uscita riceve un neurone, con i pesi estratti con il seme dell’addestramento</translation>
    </message>
    <message>
        <source>− t</source>
        <translation>− t</translation>
    </message>
    <message>
        <source>Remove the last target column</source>
        <translation>Rimuovi l’ultima colonna obiettivo</translation>
    </message>
    <message>
        <source>Remove the last target column and its output neuron (with its weights)</source>
        <translation>Rimuovi l’ultima colonna obiettivo e il suo neurone di uscita (con i suoi pesi)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importa un file CSV</translation>
    </message>
    <message>
        <source>Replace the data with a CSV file whose header names inputs x… and targets t…</source>
        <translation>Sostituisci i dati con un file CSV la cui intestazione chiama gli ingressi x… e gli obiettivi t…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Esporta come CSV</translation>
    </message>
    <message>
        <source>Write the data to a CSV file</source>
        <translation>Scrivi i dati in un file CSV</translation>
    </message>
    <message>
        <source>Inputs and targets of every sample</source>
        <translation>Ingressi e obiettivi di ogni campione</translation>
    </message>
    <message>
        <source>Double-click or type into a cell to change it; the change applies at the next step and Ctrl+Z undoes it</source>
        <translation>Fai doppio clic su una cella o scrivici per cambiarla; la modifica vale dal passo successivo e Ctrl+Z la annulla</translation>
    </message>
    <message>
        <source>Select every cell</source>
        <translation>Seleziona tutte le celle</translation>
    </message>
    <message>
        <source>%1: %2 samples, %3 inputs, %4 targets. Inputs white, targets shaded.</source>
        <translation>%1: %2 campioni, %3 ingressi, %4 obiettivi. Ingressi in bianco, obiettivi ombreggiati.</translation>
    </message>
    <message>
        <source>add sample %1</source>
        <translation>aggiunta del campione %1</translation>
    </message>
    <message>
        <source>remove sample %1</source>
        <translation>rimozione del campione %1</translation>
    </message>
    <message>
        <source>add input column %1</source>
        <translation>aggiunta della colonna di ingresso %1</translation>
    </message>
    <message>
        <source>remove input column %1</source>
        <translation>rimozione della colonna di ingresso %1</translation>
    </message>
    <message>
        <source>add target column %1</source>
        <translation>aggiunta della colonna obiettivo %1</translation>
    </message>
    <message>
        <source>remove target column %1</source>
        <translation>rimozione della colonna obiettivo %1</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>importazione di %1</translation>
    </message>
    <message>
        <source>there is no data to export</source>
        <translation>non ci sono dati da esportare</translation>
    </message>
    <message>
        <source>Import a dataset</source>
        <translation>Importa un dataset</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot import the dataset</source>
        <translation>Impossibile importare il dataset</translation>
    </message>
    <message>
        <source>%1

The current data and network are unchanged.</source>
        <translation>%1

I dati e la rete attuali non sono cambiati.</translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>Esporta il dataset</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the dataset</source>
        <translation>Impossibile esportare il dataset</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <source>Sample %1</source>
        <translation>Campione %1</translation>
    </message>
    <message>
        <source>Target %1: what output neuron %1 should give</source>
        <translation>Obiettivo %1: ciò che il neurone di uscita %1 dovrebbe dare</translation>
    </message>
    <message>
        <source>Input %1: the value of input neuron %1</source>
        <translation>Ingresso %1: il valore del neurone di ingresso %1</translation>
    </message>
    <message>
        <source>Sample %1, column %2: &apos;%3&apos; is not a finite number</source>
        <translation>Campione %1, colonna %2: «%3» non è un numero finito</translation>
    </message>
    <message>
        <source>set %1 of sample %2 to %3</source>
        <translation>modifica di %1 del campione %2 in %3</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>The decision boundary needs a dataset with two inputs</source>
        <translation>Il confine di decisione richiede un dataset con due ingressi</translation>
    </message>
    <message>
        <source>No dataset yet</source>
        <translation>Ancora nessun dataset</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 input</source>
        <translation>%1 ingresso</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 ingressi</translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation>%1 uscita</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 uscite</translation>
    </message>
    <message>
        <source>This dataset has %1.</source>
        <translation>Questo dataset ha %1.</translation>
    </message>
    <message>
        <source>“%1” has %2.</source>
        <translation>«%1» ha %2.</translation>
    </message>
    <message>
        <source>The lessons circle, quadrants, gaussians and spiral have two inputs and one output.</source>
        <translation>Le lezioni cerchio, quadranti, gaussiane e spirale hanno due ingressi e un’uscita.</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>classe 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>classe 1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>The network&apos;s output shaded over the plane of the two inputs, the class boundary at 0.5, the samples as dots.</source>
        <translation>L’uscita della rete, a sfumature, sul piano dei due ingressi, il confine tra le classi a 0.5, i campioni come punti.</translation>
    </message>
    <message>
        <source>The lecturer&apos;s window is not showing the decision boundary (Explore on my own draws it from the lecturer&apos;s network)</source>
        <translation>La finestra del docente non mostra il confine di decisione (Esploro da solo lo disegna dalla rete del docente)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>logistic</source>
        <translation>logistica</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identità</translation>
    </message>
    <message>
        <source>leaky relu</source>
        <translation>leaky relu</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>half squared error</source>
        <translation>metà dell’errore quadratico</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropia incrociata</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <source>Lower the rate ×0.1</source>
        <translation>Abbassa il tasso ×0.1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Rewind to the last good state</source>
        <translation>Torna all’ultimo stato buono</translation>
    </message>
    <message>
        <source>Put the network back to the newest kept state whose weights and loss were still finite</source>
        <translation>Riporta la rete allo stato conservato più recente in cui pesi ed errore erano ancora finiti</translation>
    </message>
    <message>
        <source>Lower the learning rate tenfold</source>
        <translation>Dividi per dieci il tasso di apprendimento</translation>
    </message>
    <message>
        <source>Reset the weights</source>
        <translation>Reimposta i pesi</translation>
    </message>
    <message>
        <source>Training diverged: the learning rate is too high for this network, and the weights were kept as they were before that step. Lower the learning rate or reset.</source>
        <translation>L’addestramento è divergente: il tasso di apprendimento è troppo alto per questa rete, e i pesi sono rimasti come erano prima di quel passo. Abbassa il tasso di apprendimento o reimposta.</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-size:10pt&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;font-size:10pt&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Rewind to epoch %1 (last good state)</source>
        <translation>Torna all’epoca %1 (ultimo stato buono)</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last edit of the architecture, the data or a weight (%1)</source>
        <translation>Annulla l’ultima modifica dell’architettura, dei dati o di un peso (%1)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo the edit just undone (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>Ripeti la modifica appena annullata (Ctrl+Maiusc+Z, Ctrl+Y)</translation>
    </message>
    <message>
        <source>Edit the selected &amp;weight or bias…</source>
        <translation>Modifica il peso o il &amp;bias selezionato…</translation>
    </message>
    <message>
        <source>Select an edge (a weight) or a neuron (its bias) in the graph, then edit its value; double-click or Enter in the graph does the same</source>
        <translation>Seleziona un arco (un peso) o un neurone (il suo bias) nel grafo, poi modificane il valore; doppio clic o Invio nel grafo fa lo stesso</translation>
    </message>
    <message>
        <source>Cannot change the data</source>
        <translation>Impossibile cambiare i dati</translation>
    </message>
    <message>
        <source>Cannot change the architecture</source>
        <translation>Impossibile cambiare l’architettura</translation>
    </message>
    <message>
        <source>Cannot change the activation</source>
        <translation>Impossibile cambiare la funzione di attivazione</translation>
    </message>
    <message>
        <source>change weight %1</source>
        <translation>modifica del peso %1</translation>
    </message>
    <message>
        <source>change bias %1</source>
        <translation>modifica del bias %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>EpochChart</name>
    <message>
        <source>No epochs yet</source>
        <translation>Ancora nessuna epoca</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoca</translation>
    </message>
    <message>
        <source>1 value not shown (not finite)</source>
        <translation>1 valore non mostrato (non finito)</translation>
    </message>
    <message>
        <source>%1 values not shown (not finite)</source>
        <translation>%1 valori non mostrati (non finiti)</translation>
    </message>
    <message>
        <source>epoch %1 · %2 = %3</source>
        <translation>epoca %1 · %2 = %3</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>Scala logaritmica</translation>
    </message>
    <message>
        <source>Follow the data</source>
        <translation>Segui i dati</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom in; double-click to follow the data again</source>
        <translation>Trascina sul grafico per ingrandire; doppio clic per tornare a seguire i dati</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salva il grafico</translation>
    </message>
    <message>
        <source>Save image (PNG)…</source>
        <translation>Salva immagine (PNG)…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Save drawing (SVG)…</source>
        <translation>Salva disegno (SVG)…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save data (CSV)…</source>
        <translation>Salva dati (CSV)…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>A chart over the epochs; the Menu key offers a logarithmic scale and saving.</source>
        <translation>Un grafico lungo le epoche; il tasto Menu offre la scala logaritmica e il salvataggio.</translation>
    </message>
    <message>
        <source>1 value ≤ 0 drawn at the bottom</source>
        <translation>1 valore ≤ 0 disegnato in basso</translation>
    </message>
    <message>
        <source>%1 values ≤ 0 drawn at the bottom</source>
        <translation>%1 valori ≤ 0 disegnati in basso</translation>
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation>epoca %1: %2</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <source>relu′(z) = 1 if z &amp;gt; 0, else 0</source>
        <translation>relu′(z) = 1 se z &amp;gt; 0, altrimenti 0</translation>
    </message>
    <message>
        <source>leaky-relu′(z) = 1 if z &amp;gt; 0, else 0.01</source>
        <translation>leaky-relu′(z) = 1 se z &amp;gt; 0, altrimenti 0.01</translation>
    </message>
    <message>
        <source>Forward pass · layer %1</source>
        <translation>Passo in avanti · strato %1</translation>
    </message>
    <message>
        <source>Output error (BP1)</source>
        <translation>Errore in uscita (BP1)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropia incrociata</translation>
    </message>
    <message>
        <source>Backward pass · layer %1 (BP2)</source>
        <translation>Passo all’indietro · strato %1 (BP2)</translation>
    </message>
    <message>
        <source>Gradients · layer %1 (BP3, BP4)</source>
        <translation>Gradienti · strato %1 (BP3, BP4)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;This step was not finite: the weights were left as they were.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Questo passo non era finito: i pesi sono rimasti come erano.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One step of backpropagation</source>
        <translation>Un passo di retropropagazione</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>in avanti</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;→&lt;/b&gt; (or Page Down) to step through one sample, phase by phase; &lt;b&gt;Space&lt;/b&gt; trains continuously.</source>
        <translation>Premi &lt;b&gt;→&lt;/b&gt; (o Pagina giù) per avanzare in un campione fase per fase; &lt;b&gt;Spazio&lt;/b&gt; addestra di continuo.</translation>
    </message>
    <message>
        <source>Equation of the current phase</source>
        <translation>Equazione della fase corrente</translation>
    </message>
    <message>
        <source>(%1 terms)</source>
        <translation>(%1 termini)</translation>
    </message>
    <message>
        <source>Click a neuron of this layer to see its numbers.</source>
        <translation>Fai clic su un neurone di questo strato per vederne i numeri.</translation>
    </message>
    <message>
        <source>&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; = &lt;i&gt;x&lt;/i&gt;, the input.</source>
        <translation>&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; = &lt;i&gt;x&lt;/i&gt;, l’ingresso.</translation>
    </message>
    <message>
        <source>With cross-entropy after %1, ∇&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt;&lt;i&gt;E&lt;/i&gt; and the derivative of the output cancel to &lt;i&gt;a&lt;/i&gt; − &lt;i&gt;t&lt;/i&gt;.</source>
        <translation>Con l’entropia incrociata dopo %1, ∇&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt;&lt;i&gt;E&lt;/i&gt; e la derivata dell’uscita si semplificano in &lt;i&gt;a&lt;/i&gt; − &lt;i&gt;t&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>A weight from a neuron whose activation is near 0 hardly changes: the first of the lecture&apos;s reasons why learning can be slow.</source>
        <translation>Un peso che parte da un neurone con attivazione vicina a 0 cambia appena: è il primo dei motivi, visti a lezione, per cui l’apprendimento può essere lento.</translation>
    </message>
    <message>
        <source>Click an edge of this layer to see its weight.</source>
        <translation>Fai clic su un arco di questo strato per vederne il peso.</translation>
    </message>
    <message>
        <source>For a softmax output the Hadamard form ∇&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt;&lt;i&gt;E&lt;/i&gt; ⊙ σ′(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt;) does not apply: each output depends on every &lt;i&gt;z&lt;/i&gt;, so σ′ is the Jacobian &lt;i&gt;J&lt;/i&gt;.</source>
        <translation>Per un’uscita softmax la forma di Hadamard ∇&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt;&lt;i&gt;E&lt;/i&gt; ⊙ σ′(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt;) non vale: ogni uscita dipende da tutte le &lt;i&gt;z&lt;/i&gt;, quindi σ′ è la jacobiana &lt;i&gt;J&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signs.&lt;/b&gt; We write &lt;i&gt;δ&lt;/i&gt; = ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt; and &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − &lt;i&gt;η&lt;/i&gt; ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;. The lecture&apos;s slides write ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; = −(&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;) and &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; + &lt;i&gt;μ a δ&lt;/i&gt; (&lt;i&gt;η&lt;/i&gt;, the lecture&apos;s &lt;i&gt;μ&lt;/i&gt;, is the learning rate): their δ is the negative of ours, so the step is the same. Their Python code has two slips: &lt;tt&gt;actderiv(a[l-1])&lt;/tt&gt; takes σ′ at &lt;i&gt;a&lt;/i&gt; where it needs the derivative written in terms of &lt;i&gt;a&lt;/i&gt;, and &lt;tt&gt;actderiv(z[i+1])&lt;/tt&gt; takes the &lt;i&gt;z&lt;/i&gt; of the next layer instead of its own. Here σ′ is always taken at &lt;i&gt;z&lt;/i&gt; of the same layer.</source>
        <translation>&lt;b&gt;Segni.&lt;/b&gt; Qui scriviamo &lt;i&gt;δ&lt;/i&gt; = ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt; e &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − &lt;i&gt;η&lt;/i&gt; ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;. Le slide della lezione scrivono ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; = −(&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;) e &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; + &lt;i&gt;μ a δ&lt;/i&gt; (&lt;i&gt;η&lt;/i&gt;, la &lt;i&gt;μ&lt;/i&gt; della lezione, è il tasso di apprendimento): il loro δ è l’opposto del nostro, quindi il passo è lo stesso. Il loro codice Python ha due sviste: &lt;tt&gt;actderiv(a[l-1])&lt;/tt&gt; calcola σ′ in &lt;i&gt;a&lt;/i&gt; dove servirebbe la derivata scritta in funzione di &lt;i&gt;a&lt;/i&gt;, e &lt;tt&gt;actderiv(z[i+1])&lt;/tt&gt; prende la &lt;i&gt;z&lt;/i&gt; dello strato successivo invece della propria. Qui σ′ si calcola sempre in &lt;i&gt;z&lt;/i&gt; dello stesso strato.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saturated:&lt;/b&gt; σ′ = %1 is below 2 % of its largest value (%2), so δ is tiny and this neuron learns slowly.</source>
        <translation>&lt;b&gt;Saturo:&lt;/b&gt; σ′ = %1 è sotto il 2 % del suo valore massimo (%2), quindi δ è minuscolo e questo neurone impara lentamente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input low:&lt;/b&gt; %1 = %2 is near 0, so this weight learns slowly.</source>
        <translation>&lt;b&gt;Ingresso basso:&lt;/b&gt; %1 = %2 è vicino a 0, quindi questo peso impara lentamente.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export the network view…</source>
        <translation>&amp;Esporta la vista della rete…</translation>
    </message>
    <message>
        <source>Export &amp;worked example…</source>
        <translation>Esporta l’&amp;esempio svolto…</translation>
    </message>
    <message>
        <source>Every phase&apos;s equation of the step on show, with its numbers, as Markdown or LaTeX for a handout</source>
        <translation>L’equazione di ogni fase del passo mostrato, con i suoi numeri, in Markdown o LaTeX per una dispensa</translation>
    </message>
    <message>
        <source>Export the network view</source>
        <translation>Esporta la vista della rete</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Backprop Studio network view</source>
        <translation>Vista della rete di Backprop Studio</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Esportato %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>LaTeX document (*.tex)</source>
        <translation>Documento LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Export the worked example</source>
        <translation>Esporta l’esempio svolto</translation>
    </message>
    <message>
        <source>No step to export yet</source>
        <translation>Ancora nessun passo da esportare</translation>
    </message>
    <message>
        <source>sample %1 of %2</source>
        <translation>campione %1 di %2</translation>
    </message>
    <message>
        <source>, the optimizer&apos;s first step from a fresh state</source>
        <translation>, il primo passo dell’ottimizzatore da uno stato nuovo</translation>
    </message>
    <message>
        <source>Worked example: %1, %2</source>
        <translation>Esempio svolto: %1, %2</translation>
    </message>
    <message>
        <source>Could not write the worked example: %1</source>
        <translation>Impossibile scrivere l’esempio svolto: %1</translation>
    </message>
    <message>
        <source>Exported the worked example to %1</source>
        <translation>Esempio svolto esportato in %1</translation>
    </message>
    <message>
        <source>Export as &amp;script…</source>
        <translation>Esporta come &amp;script…</translation>
    </message>
    <message>
        <source>The network on show as a Python script, NumPy in the lecture&apos;s style or PyTorch: it prints the step on show and can train on the lesson&apos;s data</source>
        <translation>La rete mostrata come script Python, NumPy nello stile della lezione o PyTorch: stampa il passo mostrato e può addestrare sui dati della lezione</translation>
    </message>
    <message>
        <source>Export e&amp;xercise sheet…</source>
        <translation>Esporta scheda di ese&amp;rcizi…</translation>
    </message>
    <message>
        <source>The worked example of the step on show with its last phases left blank, and a separate answer key</source>
        <translation>L&apos;esempio svolto del passo mostrato con le ultime fasi lasciate in bianco, e una soluzione a parte</translation>
    </message>
</context>
<context>
    <name>FollowBar</name>
    <message>
        <source>Class session</source>
        <translation>Sessione di classe</translation>
    </message>
    <message>
        <source>Explore on my own</source>
        <translation>Esploro da solo</translation>
    </message>
    <message>
        <source>A private copy of the lecturer&apos;s run: step, click, zoom and change settings</source>
        <translation>Una copia privata dell’addestramento del docente: avanza, clicca, ingrandisci e cambia le impostazioni</translation>
    </message>
    <message>
        <source>Follow again</source>
        <translation>Segui di nuovo</translation>
    </message>
    <message>
        <source>Back to what the lecturer shows now</source>
        <translation>Torna a ciò che il docente mostra ora</translation>
    </message>
</context>
<context>
    <name>GradientChart</name>
    <message>
        <source>Gradient size per layer (log scale)</source>
        <translation>Ampiezza del gradiente per strato (scala logaritmica)</translation>
    </message>
    <message>
        <source>mean |δ%1|</source>
        <translation>|δ%1| medio</translation>
    </message>
    <message>
        <source>mean |δˡ|</source>
        <translation>|δˡ| medio</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>strato</translation>
    </message>
    <message>
        <source>1 zero gradient drawn at the bottom</source>
        <translation>1 gradiente nullo disegnato in basso</translation>
    </message>
    <message>
        <source>%1 zero gradients drawn at the bottom</source>
        <translation>%1 gradienti nulli disegnati in basso</translation>
    </message>
    <message>
        <source>saturated %1</source>
        <translation>sature %1</translation>
    </message>
    <message>
        <source>dead %1</source>
        <translation>morte %1</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>strato %1: %2</translation>
    </message>
</context>
<context>
    <name>GradientCheckModel</name>
    <message>
        <source>∂E/∂%1
backprop: %2
central difference: %3
relative error: %4</source>
        <translation>∂E/∂%1
retropropagazione: %2
differenza centrale: %3
errore relativo: %4</translation>
    </message>
    <message>
        <source>w, b</source>
        <translation>w, b</translation>
    </message>
    <message>
        <source>Backprop
∂E/∂w</source>
        <translation>Retroprop.
∂E/∂w</translation>
    </message>
    <message>
        <source>Numerical
∂E/∂w</source>
        <translation>Numerico
∂E/∂w</translation>
    </message>
    <message>
        <source>Relative
error</source>
        <translation>Errore
relativo</translation>
    </message>
    <message>
        <source>The weight wˡⱼₖ (from neuron k of layer l−1 to neuron j of layer l), or the bias bˡⱼ</source>
        <translation>Il peso wˡⱼₖ (dal neurone k dello strato l−1 al neurone j dello strato l), o il bias bˡⱼ</translation>
    </message>
    <message>
        <source>∂E/∂w from one backward pass (BP3, BP4)</source>
        <translation>∂E/∂w da un solo passo all’indietro (BP3, BP4)</translation>
    </message>
    <message>
        <source>The central difference (E(w + h) − E(w − h)) / 2h: two forward passes</source>
        <translation>La differenza centrale (E(w + h) − E(w − h)) / 2h: due passi in avanti</translation>
    </message>
    <message>
        <source>|backprop − numerical| / max(|backprop|, |numerical|, 10⁻⁴)</source>
        <translation>|retroprop. − numerico| / max(|retroprop.|, |numerico|, 10⁻⁴)</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>No network to check yet.</source>
        <translation>Ancora nessuna rete da verificare.</translation>
    </message>
    <message>
        <source>No sample to check yet.</source>
        <translation>Ancora nessun campione da verificare.</translation>
    </message>
    <message>
        <source>The sample does not fit the network: it has %1 inputs and %2 targets, the network takes %3 and gives %4.</source>
        <translation>Il campione non è adatto alla rete: ha %1 ingressi e %2 obiettivi, la rete ne prende %3 e ne dà %4.</translation>
    </message>
    <message>
        <source>This sample</source>
        <translation>Questo campione</translation>
    </message>
    <message>
        <source>Sample “%1”</source>
        <translation>Campione «%1»</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 parameters</source>
        <translation>%1 · %2 · %3 parametri</translation>
    </message>
    <message>
        <source>Check all %1 parameters</source>
        <translation>Verifica tutti i %1 parametri</translation>
    </message>
    <message>
        <source>Instead of a seeded sample: %1 forward passes, a few seconds</source>
        <translation>Invece di un campione con seme: %1 passi in avanti, qualche secondo</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annulla la verifica</translation>
    </message>
    <message>
        <source>Check the gradient of this sample</source>
        <translation>Verifica il gradiente di questo campione</translation>
    </message>
    <message>
        <source>Check the gradient</source>
        <translation>Verifica il gradiente</translation>
    </message>
    <message>
        <source>%1 of %2 parameters checked</source>
        <translation>%1 di %2 parametri verificati</translation>
    </message>
    <message>
        <source>Checked at %1 on the sample above.</source>
        <translation>Verificato alle %1 sul campione qui sopra.</translation>
    </message>
    <message>
        <source>Check cancelled after %1 of %2 parameters.</source>
        <translation>Verifica annullata dopo %1 di %2 parametri.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Non è stato possibile eseguire la verifica: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why?&lt;/b&gt; </source>
        <translation>&lt;b&gt;Perché?&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Check every parameter</source>
        <translation>Verifica ogni parametro</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>Seleziona tutte le righe</translation>
    </message>
    <message>
        <source>They have changed since: press the button to check them as they are now.</source>
        <translation>Da allora sono cambiati: premi il pulsante per verificarli come sono ora.</translation>
    </message>
</context>
<context>
    <name>GradientCheckReport</name>
    <message>
        <source>all %1 of layer %2</source>
        <translation>tutti i %1 dello strato %2</translation>
    </message>
    <message>
        <source>%1 of layer %2’s %3</source>
        <translation>%1 dei %3 dello strato %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 parametri</translation>
    </message>
    <message>
        <source>%1 of %2 parameters</source>
        <translation>%1 di %2 parametri</translation>
    </message>
    <message>
        <source>No parameter was checked.</source>
        <translation>Nessun parametro è stato verificato.</translation>
    </message>
    <message>
        <source>No comparison possible: the loss or a derivative is not a number (NaN or ∞)</source>
        <translation>Confronto impossibile: l’errore o una derivata non è un numero (NaN o ∞)</translation>
    </message>
    <message>
        <source>over %1 (%2)</source>
        <translation>su %1 (%2)</translation>
    </message>
    <message>
        <source>Backprop agrees with the numerical derivative: worst relative error %1 %2</source>
        <translation>La retropropagazione concorda con la derivata numerica: errore relativo massimo %1 %2</translation>
    </message>
    <message>
        <source>Backprop and the numerical derivative differ slightly</source>
        <translation>La retropropagazione e la derivata numerica differiscono di poco</translation>
    </message>
    <message>
        <source>Backprop and the numerical derivative disagree</source>
        <translation>La retropropagazione e la derivata numerica non concordano</translation>
    </message>
    <message>
        <source>%1: worst relative error %2%3, %4</source>
        <translation>%1: errore relativo massimo %2%3, %4</translation>
    </message>
    <message>
        <source>The sample</source>
        <translation>Il campione</translation>
    </message>
    <message>
        <source>Sample “%1”</source>
        <translation>Campione «%1»</translation>
    </message>
    <message>
        <source>%1 of the %2 network, weights as of %3.</source>
        <translation>%1 della rete %2, pesi alle %3.</translation>
    </message>
    <message>
        <source>Backprop computes all %1 derivatives in one backward pass (%2 with the forward pass). </source>
        <translation>La retropropagazione calcola tutte le %1 derivate in un solo passo all’indietro (%2 con il passo in avanti). </translation>
    </message>
    <message>
        <source>Nudging each by ±h would take %1 forward passes (about %2 here), so the check nudges a seeded random sample, %3: %4 forward passes, %5</source>
        <translation>Spostare ciascuno di ±h richiederebbe %1 passi in avanti (circa %2 qui), quindi la verifica sposta un campione casuale con seme, %3: %4 passi in avanti, %5</translation>
    </message>
    <message>
        <source>The check nudges each weight and bias by ±h and re-runs the forward pass twice per parameter: %1 forward passes, %2</source>
        <translation>La verifica sposta ogni peso e bias di ±h e ripete il passo in avanti due volte per parametro: %1 passi in avanti, %2</translation>
    </message>
    <message>
        <source> — and gets the same numbers.</source>
        <translation> — e ottiene gli stessi numeri.</translation>
    </message>
    <message>
        <source> — and gets different numbers for all of them.</source>
        <translation> — e ottiene numeri diversi per tutti.</translation>
    </message>
    <message>
        <source> — and gets the same numbers for all but %1 of them.</source>
        <translation> — e ottiene gli stessi numeri per tutti tranne %1.</translation>
    </message>
    <message>
        <source>The network has diverged: a weight, an activation or the loss is NaN or infinite. Reset it or lower the learning rate, then check again.</source>
        <translation>La rete è divergente: un peso, un’attivazione o l’errore è NaN o infinito. Reimpostala o abbassa il tasso di apprendimento, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>This network uses ReLU. Where a neuron’s z lies within about h of the kink at 0, the nudge ±h crosses the kink and the central difference mixes two slopes: there the check is wrong, not backprop.</source>
        <translation>Questa rete usa ReLU. Dove la z di un neurone dista meno di circa h dal punto angoloso in 0, lo spostamento ±h lo attraversa e la differenza centrale mescola due pendenze: lì è sbagliata la verifica, non la retropropagazione.</translation>
    </message>
    <message>
        <source> Here %1 = %2.</source>
        <translation> Qui %1 = %2.</translation>
    </message>
    <message>
        <source>E = %1 is known to about 16 digits, so every central difference carries a rounding error near ε·E/h ≈ %2.</source>
        <translation>E = %1 è noto a circa 16 cifre, quindi ogni differenza centrale porta un errore di arrotondamento vicino a ε·E/h ≈ %2.</translation>
    </message>
    <message>
        <source> The worst difference, %1, is of that size: rounding, not a mistake in backprop. A larger h makes it smaller. (The other usual cause, a ReLU kink within h, cannot occur: this network has none.)</source>
        <translation> La differenza massima, %1, è di quest’ordine: arrotondamento, non un errore della retropropagazione. Un h più grande la riduce. (L’altra causa consueta, un punto angoloso di ReLU entro h, qui non può verificarsi: questa rete non ne ha.)</translation>
    </message>
    <message>
        <source> The worst difference, %1, is far larger, and this network has no ReLU kink that h could straddle: that points to a mistake in the backward pass, or to a loss that does not fit the output layer.</source>
        <translation> La differenza massima, %1, è molto più grande, e questa rete non ha punti angolosi di ReLU che h possa scavalcare: indica un errore nel passo all’indietro, o una funzione di errore non adatta allo strato di uscita.</translation>
    </message>
    <message>
        <source>Backprop gets all %1 derivatives ∂E/∂w in one backward pass. </source>
        <translation>La retropropagazione ottiene tutte le %1 derivate ∂E/∂w in un solo passo all’indietro. </translation>
    </message>
    <message>
        <source>The check nudges each weight and bias by ±h and re-runs the forward pass twice per parameter — %1 forward passes — to see whether the numbers agree.</source>
        <translation>La verifica sposta ogni peso e bias di ±h e ripete il passo in avanti due volte per parametro — %1 passi in avanti — per vedere se i numeri concordano.</translation>
    </message>
    <message>
        <source>Nudging every one by ±h would take %1 forward passes, so the check takes a seeded random sample of %2 (at most %3 per layer): %4 forward passes.</source>
        <translation>Spostarli tutti di ±h richiederebbe %1 passi in avanti, quindi la verifica prende un campione casuale con seme di %2 (al massimo %3 per strato): %4 passi in avanti.</translation>
    </message>
</context>
<context>
    <name>GuidedLesson</name>
    <message>
        <source>A guided first lesson</source>
        <translation>Una prima lezione guidata</translation>
    </message>
    <message>
        <source>In a dozen short steps we follow one sample through the lecture&apos;s 8-3-8 autoencoder: the forward pass, the output error, the backward pass and the update. The window moves along with the text.&lt;br&gt;&lt;br&gt;&lt;b&gt;→&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: next · &lt;b&gt;←&lt;/b&gt;: back · &lt;b&gt;Esc&lt;/b&gt;: close. &lt;i&gt;Help › Guided first lesson&lt;/i&gt; brings it back at any time.</source>
        <translation>In una dozzina di brevi passi seguiamo un campione attraverso l’autoencoder 8-3-8 della lezione: il passo in avanti, l’errore in uscita, il passo all’indietro e l’aggiornamento. La finestra si muove insieme al testo.&lt;br&gt;&lt;br&gt;&lt;b&gt;→&lt;/b&gt; o &lt;b&gt;Invio&lt;/b&gt;: avanti · &lt;b&gt;←&lt;/b&gt;: indietro · &lt;b&gt;Esc&lt;/b&gt;: chiudi. &lt;i&gt;Aiuto › Prima lezione guidata&lt;/i&gt; la riapre in qualsiasi momento.</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>La rete</translation>
    </message>
    <message>
        <source>Eight inputs, three hidden neurons, eight outputs. The network must copy its input to its output through only three neurons, so it has to invent a 3-bit code.&lt;br&gt;&lt;br&gt;Each circle is a neuron; each line a weight &lt;i&gt;w&lt;/i&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;jk&lt;/sub&gt; from neuron k of layer l−1 to neuron j of layer l, orange for positive and blue for negative.</source>
        <translation>Otto ingressi, tre neuroni nascosti, otto uscite. La rete deve copiare l’ingresso nell’uscita passando per soli tre neuroni, quindi deve inventarsi un codice a 3 bit.&lt;br&gt;&lt;br&gt;Ogni cerchio è un neurone; ogni linea è un peso &lt;i&gt;w&lt;/i&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;jk&lt;/sub&gt; dal neurone k dello strato l−1 al neurone j dello strato l, arancione se positivo e blu se negativo.</translation>
    </message>
    <message>
        <source>The samples</source>
        <translation>I campioni</translation>
    </message>
    <message>
        <source>The eight patterns: each has a single 1 among 0s, and its target &lt;i&gt;t&lt;/i&gt; is the pattern itself. As the network learns, the table fills with the hidden code each pattern gets. We follow the highlighted sample.</source>
        <translation>Gli otto schemi: ognuno ha un solo 1 tra gli 0, e il suo obiettivo &lt;i&gt;t&lt;/i&gt; è lo schema stesso. Mentre la rete impara, la tabella si riempie del codice nascosto che riceve ogni schema. Seguiamo il campione evidenziato.</translation>
    </message>
    <message>
        <source>Forward pass, layer 1</source>
        <translation>Passo in avanti, strato 1</translation>
    </message>
    <message>
        <source>Every hidden neuron weighs the inputs and squashes the sum:&lt;br&gt;&lt;b&gt;&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt; = &lt;i&gt;W&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;, &amp;nbsp;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt; = σ(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;)&lt;/b&gt;, with &lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; = &lt;i&gt;x&lt;/i&gt;, the input.</source>
        <translation>Ogni neurone nascosto pesa gli ingressi e comprime la somma:&lt;br&gt;&lt;b&gt;&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt; = &lt;i&gt;W&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;, &amp;nbsp;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt; = σ(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;)&lt;/b&gt;, con &lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; = &lt;i&gt;x&lt;/i&gt;, l’ingresso.</translation>
    </message>
    <message>
        <source>For the selected neuron: %1 = %2, %3 = σ(%1) = %4.</source>
        <translation>Per il neurone selezionato: %1 = %2, %3 = σ(%1) = %4.</translation>
    </message>
    <message>
        <source>Forward pass, layer 2</source>
        <translation>Passo in avanti, strato 2</translation>
    </message>
    <message>
        <source>The same rule one layer on gives the output: &lt;b&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; = σ(&lt;i&gt;W&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;/b&gt;, the network&apos;s answer &lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt;.</source>
        <translation>La stessa regola, uno strato più avanti, dà l’uscita: &lt;b&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; = σ(&lt;i&gt;W&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;/b&gt;, la risposta della rete &lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt;.</translation>
    </message>
    <message>
        <source>The selected output should be 1 (its target): it is %1 = %2.</source>
        <translation>L’uscita selezionata dovrebbe essere 1 (il suo obiettivo): vale %1 = %2.</translation>
    </message>
    <message>
        <source>The equation panel</source>
        <translation>Il pannello delle equazioni</translation>
    </message>
    <message>
        <source>This panel writes the equation of the phase on show, in the lecture&apos;s notation, with the numbers of the selected neuron filled in. Click any neuron or weight in the graph to see its own numbers; below, its z, a, δ and b.</source>
        <translation>Questo pannello scrive l’equazione della fase mostrata, nella notazione della lezione, con i numeri del neurone selezionato. Fai clic su un neurone o su un peso nel grafo per vederne i numeri; sotto, i suoi z, a, δ e b.</translation>
    </message>
    <message>
        <source>The output error (BP1)</source>
        <translation>L’errore in uscita (BP1)</translation>
    </message>
    <message>
        <source>The error &lt;i&gt;E&lt;/i&gt; = ½Σ(&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;)² says how wrong the output is. Its sensitivity to each output&apos;s weighted input is &lt;b&gt;δ = ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;&lt;/b&gt;:&lt;br&gt;&lt;b&gt;(BP1) δ&lt;sup&gt;L&lt;/sup&gt; = (&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;) ⊙ σ′(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt;)&lt;/b&gt;.</source>
        <translation>L’errore &lt;i&gt;E&lt;/i&gt; = ½Σ(&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;)² dice quanto è sbagliata l’uscita. La sua sensibilità all’ingresso pesato di ogni uscita è &lt;b&gt;δ = ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;&lt;/b&gt;:&lt;br&gt;&lt;b&gt;(BP1) δ&lt;sup&gt;L&lt;/sup&gt; = (&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;) ⊙ σ′(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt;)&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Here %1 = (%2 − %3) × %4 = &lt;b&gt;%5&lt;/b&gt;; E = %6.</source>
        <translation>Qui %1 = (%2 − %3) × %4 = &lt;b&gt;%5&lt;/b&gt;; E = %6.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Why δ this way:&lt;/i&gt; the lecture&apos;s slide writes ∂E/∂a&lt;sup&gt;L&lt;/sup&gt; = −(a&lt;sup&gt;L&lt;/sup&gt; − t), a sign slip that flips its δ. Writing δ = ∂E/∂z keeps one sign everywhere, and one update: w ← w − η ∂E/∂w.</source>
        <translation>&lt;i&gt;Perché δ così:&lt;/i&gt; la slide della lezione scrive ∂E/∂a&lt;sup&gt;L&lt;/sup&gt; = −(a&lt;sup&gt;L&lt;/sup&gt; − t), una svista di segno che inverte il suo δ. Scrivere δ = ∂E/∂z mantiene un solo segno ovunque, e un solo aggiornamento: w ← w − η ∂E/∂w.</translation>
    </message>
    <message>
        <source>The backward pass (BP2)</source>
        <translation>Il passo all’indietro (BP2)</translation>
    </message>
    <message>
        <source>Each hidden neuron collects the output δ back along its own weights and scales the sum by its slope:&lt;br&gt;&lt;b&gt;(BP2) δ&lt;sup&gt;1&lt;/sup&gt; = ((&lt;i&gt;W&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;sup&gt;T&lt;/sup&gt; δ&lt;sup&gt;2&lt;/sup&gt;) ⊙ σ′(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;)&lt;/b&gt;.</source>
        <translation>Ogni neurone nascosto raccoglie i δ delle uscite all’indietro lungo i propri pesi e scala la somma per la propria pendenza:&lt;br&gt;&lt;b&gt;(BP2) δ&lt;sup&gt;1&lt;/sup&gt; = ((&lt;i&gt;W&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;sup&gt;T&lt;/sup&gt; δ&lt;sup&gt;2&lt;/sup&gt;) ⊙ σ′(&lt;i&gt;z&lt;/i&gt;&lt;sup&gt;1&lt;/sup&gt;)&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For the selected neuron %1 = &lt;b&gt;%2&lt;/b&gt;, with σ′(%3) = %4 — never more than ¼, which is why δ shrinks layer by layer.</source>
        <translation>Per il neurone selezionato %1 = &lt;b&gt;%2&lt;/b&gt;, con σ′(%3) = %4 — mai più di ¼: ecco perché δ si riduce strato dopo strato.</translation>
    </message>
    <message>
        <source>The gradients (BP3, BP4)</source>
        <translation>I gradienti (BP3, BP4)</translation>
    </message>
    <message>
        <source>With δ known, every gradient is one product:&lt;br&gt;&lt;b&gt;(BP3) ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;b&lt;/i&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp;(BP4) ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;jk&lt;/sub&gt; = &lt;i&gt;a&lt;/i&gt;&lt;sup&gt;l−1&lt;/sup&gt;&lt;sub&gt;k&lt;/sub&gt; δ&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;. The edges now show ∂E/∂w.</source>
        <translation>Noto δ, ogni gradiente è un solo prodotto:&lt;br&gt;&lt;b&gt;(BP3) ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;b&lt;/i&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;, &amp;nbsp;(BP4) ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;jk&lt;/sub&gt; = &lt;i&gt;a&lt;/i&gt;&lt;sup&gt;l−1&lt;/sup&gt;&lt;sub&gt;k&lt;/sub&gt; δ&lt;sup&gt;l&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt;. Ora gli archi mostrano ∂E/∂w.</translation>
    </message>
    <message>
        <source>For the selected weight: ∂E/∂%1 = %2 × %3 = &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>Per il peso selezionato: ∂E/∂%1 = %2 × %3 = &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>L’aggiornamento</translation>
    </message>
    <message>
        <source>Every weight takes a small step against its gradient: &lt;b&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − η ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;&lt;/b&gt; (and the same for &lt;i&gt;b&lt;/i&gt;).</source>
        <translation>Ogni peso fa un piccolo passo contro il proprio gradiente: &lt;b&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − η ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;&lt;/b&gt; (e lo stesso per &lt;i&gt;b&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>With η = %1: %2 ← %3 − %1 × %4 = &lt;b&gt;%5&lt;/b&gt;. The error of this sample falls a little; thousands of such steps teach the code.</source>
        <translation>Con η = %1: %2 ← %3 − %1 × %4 = &lt;b&gt;%5&lt;/b&gt;. L’errore di questo campione scende un poco; migliaia di passi come questo insegnano il codice.</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Guardala imparare</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Tocca a te</translation>
    </message>
    <message>
        <source>The tool bar steps the phases (◀ Phase ▶, also ← → and a clicker&apos;s Page Up / Page Down), a sample, an epoch, and resets. &lt;i&gt;Train › Predict then reveal&lt;/i&gt; (Q) has the class guess each value before it is shown.&lt;br&gt;&lt;br&gt;Close this card to explore on your own.</source>
        <translation>La barra degli strumenti avanza di una fase (◀ Fase ▶, anche ← → e Pagina su / Pagina giù di un telecomando per presentazioni), di un campione, di un’epoca, e reimposta. &lt;i&gt;Addestramento › Prevedi, poi rivela&lt;/i&gt; (Q) fa indovinare alla classe ogni valore prima di mostrarlo.&lt;br&gt;&lt;br&gt;Chiudi questa scheda per esplorare da solo.</translation>
    </message>
    <message>
        <source>Guided first lesson</source>
        <translation>Prima lezione guidata</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Testo della lezione</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>Passo precedente della lezione</translation>
    </message>
    <message>
        <source>The previous step (←)</source>
        <translation>Il passo precedente (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation>Passo successivo della lezione</translation>
    </message>
    <message>
        <source>The next step (→ or Enter)</source>
        <translation>Il passo successivo (→ o Invio)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>Chiudi la lezione</translation>
    </message>
    <message>
        <source>Close the lesson (Esc); Help › Guided first lesson starts it again</source>
        <translation>Chiudi la lezione (Esc); Aiuto › Prima lezione guidata la fa ripartire</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>Opening the 8-3-8 lesson…</source>
        <translation>Apertura della lezione 8-3-8…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>&lt;b&gt;S&lt;/b&gt; animates a whole step on the next sample, &lt;b&gt;Space&lt;/b&gt; trains continuously. The loss chart falls as the network learns; the chart beside it shows the size of each layer&apos;s gradient ‖∂E/∂W&lt;sup&gt;l&lt;/sup&gt;‖.&lt;br&gt;&lt;br&gt;Accuracy reaches 100% early, when the right output is merely the largest and only 5 to 7 patterns have codes of their own. Watch the counter of distinct codes: most seeds find all 8 within a few hundred epochs (45 of 50 within this lesson&apos;s 1000). When two patterns keep sharing a code, &lt;b&gt;New seed&lt;/b&gt; (Shift+R).</source>
        <translation>&lt;b&gt;S&lt;/b&gt; anima un passo intero sul campione successivo, &lt;b&gt;Spazio&lt;/b&gt; addestra di continuo. Il grafico dell’errore scende mentre la rete impara; quello accanto mostra la grandezza del gradiente di ogni strato ‖∂E/∂W&lt;sup&gt;l&lt;/sup&gt;‖.&lt;br&gt;&lt;br&gt;L’accuratezza arriva presto al 100%, quando l’uscita giusta è solo la più grande e appena 5–7 pattern hanno un codice tutto loro. Guarda il contatore dei codici distinti: con la maggior parte dei semi compaiono tutti e 8 entro qualche centinaio di epoche (45 semi su 50 entro le 1000 di questa lezione). Se due pattern continuano a condividere un codice, &lt;b&gt;Nuovo seme&lt;/b&gt; (Maiusc+R).</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Spazio&lt;/b&gt;&lt;/td&gt;&lt;td&gt;avvia / pausa&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;→&lt;/b&gt; or Page Down&lt;/td&gt;&lt;td&gt;next phase&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;→&lt;/b&gt; o Pagina giù&lt;/td&gt;&lt;td&gt;fase successiva&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; or Page Up&lt;/td&gt;&lt;td&gt;previous phase&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; o Pagina su&lt;/td&gt;&lt;td&gt;fase precedente&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;animate one step on the next sample&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;anima un passo sul campione successivo&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;train one epoch&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;addestra per un’epoca&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the weights from the seed&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reimposta i pesi dal seme&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start again with the next seed&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Maiusc+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ricomincia con il seme successivo&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show σ′(z) on the neurons&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mostra σ′(z) sui neuroni&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;predict then reveal: the class guesses, &lt;b&gt;Space&lt;/b&gt;/&lt;b&gt;Enter&lt;/b&gt; reveals, &lt;b&gt;↑&lt;/b&gt;/&lt;b&gt;↓&lt;/b&gt; (or 1/2) records the guess&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prevedi, poi rivela: la classe indovina, &lt;b&gt;Spazio&lt;/b&gt;/&lt;b&gt;Invio&lt;/b&gt; rivela, &lt;b&gt;↑&lt;/b&gt;/&lt;b&gt;↓&lt;/b&gt; (o 1/2) registra la previsione&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;[&lt;/b&gt;, &lt;b&gt;]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;back / forward one kept state (the timeline)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;[&lt;/b&gt;, &lt;b&gt;]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;indietro / avanti di uno stato conservato (la linea del tempo)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt;, &lt;b&gt;Ctrl+−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt;, &lt;b&gt;Ctrl+−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ingrandimento&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;full screen&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;schermo intero&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;, &lt;b&gt;Shift+F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous panel&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;, &lt;b&gt;Maiusc+F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pannello successivo / precedente&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows&lt;/b&gt; on the graph&lt;/td&gt;&lt;td&gt;choose a neuron (↑↓ within the layer, ←→ between layers)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Frecce&lt;/b&gt; sul grafo&lt;/td&gt;&lt;td&gt;scegli un neurone (↑↓ nello strato, ←→ tra gli strati)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo an edit&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;annulla una modifica&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;, &lt;b&gt;Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;redo&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maiusc+Z&lt;/b&gt;, &lt;b&gt;Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ripeti&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;double-click, &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit the weight or bias selected in the graph&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;doppio clic, &lt;b&gt;Invio&lt;/b&gt;&lt;/td&gt;&lt;td&gt;modifica il peso o il bias selezionato nel grafo&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom to layer l&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ingrandisci lo strato l&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; or Escape&lt;/td&gt;&lt;td&gt;the whole network&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; o Esc&lt;/td&gt;&lt;td&gt;tutta la rete&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;spotlight the selected neuron&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;riflettore sul neurone selezionato&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presenter mode&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;modalità presentazione&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;B&lt;/b&gt; or &lt;b&gt;.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;black screen (presenter mode)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;B&lt;/b&gt; o &lt;b&gt;.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;schermo nero (modalità presentazione)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>Informazioni su Backprop Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;Watch backpropagation happen: the forward pass, the output error (BP1), the backward pass (BP2) and the gradients (BP3, BP4) of every neuron.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Backprop Studio team. This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.&lt;/p&gt;&lt;p&gt;Datasets: Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998) and Iris (R. A. Fisher, 1936), from the UCI Machine Learning Repository, CC BY 4.0.&lt;/p&gt;&lt;p&gt;Built on Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;Guarda la retropropagazione all’opera: il passo in avanti, l’errore in uscita (BP1), il passo all’indietro (BP2) e i gradienti (BP3, BP4) di ogni neurone.&lt;/p&gt;&lt;p&gt;Copyright © 2026 il gruppo di Backprop Studio. Questo programma è software libero: puoi ridistribuirlo e/o modificarlo secondo i termini della GNU General Public License pubblicata dalla Free Software Foundation, nella versione 3 della licenza o (a tua scelta) in una versione successiva. È distribuito nella speranza che sia utile, ma SENZA ALCUNA GARANZIA; senza neppure la garanzia implicita di COMMERCIABILITÀ o di IDONEITÀ A UNO SCOPO PARTICOLARE. Per i dettagli vedi la GNU General Public License.&lt;/p&gt;&lt;p&gt;Dataset: Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998) e Iris (R. A. Fisher, 1936), dall’UCI Machine Learning Repository, CC BY 4.0.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2 ed Eigen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistogramPanel</name>
    <message>
        <source>Errors δ</source>
        <translation>Errori δ</translation>
    </message>
    <message>
        <source>Activations a</source>
        <translation>Attivazioni a</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>Pesi w</translation>
    </message>
    <message>
        <source>Gradients ∂E/∂w</source>
        <translation>Gradienti ∂E/∂w</translation>
    </message>
    <message>
        <source>Quantity shown in the histograms</source>
        <translation>Grandezza mostrata negli istogrammi</translation>
    </message>
    <message>
        <source>What the histograms count, per layer: δ, a, w or ∂E/∂w</source>
        <translation>Che cosa contano gli istogrammi, per strato: δ, a, w o ∂E/∂w</translation>
    </message>
    <message>
        <source>Size: log₁₀|x|</source>
        <translation>Modulo: log₁₀|x|</translation>
    </message>
    <message>
        <source>Value: linear</source>
        <translation>Valore: lineare</translation>
    </message>
    <message>
        <source>Bins of the histograms</source>
        <translation>Intervalli degli istogrammi</translation>
    </message>
    <message>
        <source>Log-magnitude bins (log₁₀|x|, a quarter decade each, the sign dropped, zeros apart) show sizes that differ by orders of magnitude; linear bins show values with their sign</source>
        <translation>Gli intervalli sul logaritmo del modulo (log₁₀|x|, un quarto di decade ciascuno, senza segno, gli zeri a parte) mostrano grandezze che differiscono di ordini di grandezza; gli intervalli lineari mostrano i valori con il loro segno</translation>
    </message>
    <message>
        <source>epoch %1 · darker: more values in the bin (the fullest of each epoch darkest) · line: the median</source>
        <translation>epoca %1 · più scuro: più valori nell&apos;intervallo (il più pieno di ogni epoca è il più scuro) · linea: la mediana</translation>
    </message>
    <message>
        <source>%1 rows kept, evenly spaced from epoch %2; a and δ over %3 training samples</source>
        <translation>%1 righe conservate, a intervalli regolari dall&apos;epoca %2; a e δ su %3 campioni di addestramento</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>Histograms per layer along the epochs</source>
        <translation>Istogrammi per strato lungo le epoche</translation>
    </message>
    <message>
        <source>most</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Taken at the end of each epoch while this panel is open: train to see them.</source>
        <translation>Calcolati alla fine di ogni epoca mentre questo pannello è aperto: addestra per vederli.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoca</translation>
    </message>
    <message>
        <source>Layer %1 · epoch %2</source>
        <translation>Strato %1 · epoca %2</translation>
    </message>
    <message>
        <source>%1 of %2 values (%3)</source>
        <translation>%1 di %2 valori (%3)</translation>
    </message>
    <message>
        <source>no %1 here</source>
        <translation>nessun %1 qui</translation>
    </message>
    <message>
        <source>%1 = 0 exactly: %2</source>
        <translation>%1 = 0 esatto: %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: %4</source>
        <translation>%1 da %2 a %3: %4</translation>
    </message>
    <message>
        <source>|%1| below %2: %3</source>
        <translation>|%1| sotto %2: %3</translation>
    </message>
    <message>
        <source>|%1| from %2 up: %3</source>
        <translation>|%1| da %2 in su: %3</translation>
    </message>
    <message>
        <source>|%1| from %2 to %3: %4</source>
        <translation>|%1| da %2 a %3: %4</translation>
    </message>
    <message>
        <source>over %1 training samples</source>
        <translation>su %1 campioni di addestramento</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>How to join the class session</source>
        <translation>Come partecipare alla sessione di classe</translation>
    </message>
    <message>
        <source>Click to make the card small</source>
        <translation>Clicca per rimpicciolire la scheda</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>Apri %1 e inserisci il codice %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connesso</numerusform>
            <numerusform>%n connessi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on phones</source>
        <translation>
            <numerusform>%n da telefono</numerusform>
            <numerusform>%n da telefono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the app</source>
        <translation>
            <numerusform>%n nell’app</numerusform>
            <numerusform>%n nell’app</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Codice: %1</translation>
    </message>
    <message>
        <source>Click to show the QR code large</source>
        <translation>Clicca per mostrare il codice QR in grande</translation>
    </message>
    <message>
        <source>Any key or a click makes this small</source>
        <translation>Un tasto o un clic la rimpicciolisce</translation>
    </message>
</context>
<context>
    <name>JoinClassDialog</name>
    <message>
        <source>Join class session</source>
        <translation>Partecipa a una sessione di classe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>&amp;Codice della sessione:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Partecipa</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>8-3-8 autoencoder</source>
        <translation>Autoencoder 8-3-8</translation>
    </message>
    <message>
        <source>4-2-4 autoencoder</source>
        <translation>Autoencoder 4-2-4</translation>
    </message>
    <message>
        <source>16-4-16 autoencoder</source>
        <translation>Autoencoder 16-4-16</translation>
    </message>
    <message>
        <source>XOR (2-2-1)</source>
        <translation>XOR (2-2-1)</translation>
    </message>
    <message>
        <source>2-D circle (binary classification)</source>
        <translation>Cerchio 2-D (classificazione binaria)</translation>
    </message>
    <message>
        <source>2-D quadrants (binary classification)</source>
        <translation>Quadranti 2-D (classificazione binaria)</translation>
    </message>
    <message>
        <source>2-D gaussians (binary classification)</source>
        <translation>Gaussiane 2-D (classificazione binaria)</translation>
    </message>
    <message>
        <source>2-D spiral (binary classification)</source>
        <translation>Spirale 2-D (classificazione binaria)</translation>
    </message>
    <message>
        <source>Vanishing gradient (2-8-8-8-8-8-1, logistic)</source>
        <translation>Gradiente che svanisce (2-8-8-8-8-8-1, logistica)</translation>
    </message>
    <message>
        <source>Handwritten digits (64-16-10)</source>
        <translation>Cifre scritte a mano (64-16-10)</translation>
    </message>
    <message>
        <source>Iris flowers (4-5-3)</source>
        <translation>Fiori di iris (4-5-3)</translation>
    </message>
    <message>
        <source>Optimizers: SGD, momentum and Adam (8-3-8)</source>
        <translation>Ottimizzatori: SGD, momento e Adam (8-3-8)</translation>
    </message>
    <message>
        <source>Saturation: large against small initial weights (8-3-8)</source>
        <translation>Saturazione: pesi iniziali grandi contro piccoli (8-3-8)</translation>
    </message>
    <message>
        <source>Initialisation: uniform, Xavier and He (2-8-8-8-8-8-1, relu)</source>
        <translation>Inizializzazione: uniforme, Xavier e He (2-8-8-8-8-8-1, relu)</translation>
    </message>
    <message>
        <source>the lecture&apos;s net: eight one-hot patterns through three hidden units</source>
        <translation>la rete della lezione: otto pattern one-hot attraverso tre unità nascoste</translation>
    </message>
    <message>
        <source>four one-hot patterns through two hidden units</source>
        <translation>quattro pattern one-hot attraverso due unità nascoste</translation>
    </message>
    <message>
        <source>sixteen one-hot patterns through four hidden units</source>
        <translation>sedici pattern one-hot attraverso quattro unità nascoste</translation>
    </message>
    <message>
        <source>the classic problem a single layer cannot solve</source>
        <translation>il problema classico che un solo strato non sa risolvere</translation>
    </message>
    <message>
        <source>points inside or outside a circle</source>
        <translation>punti dentro o fuori da un cerchio</translation>
    </message>
    <message>
        <source>class 1 where x1 and x2 have the same sign</source>
        <translation>classe 1 dove x1 e x2 hanno lo stesso segno</translation>
    </message>
    <message>
        <source>two overlapping clouds of points</source>
        <translation>due nuvole di punti sovrapposte</translation>
    </message>
    <message>
        <source>two interleaved spirals</source>
        <translation>due spirali intrecciate</translation>
    </message>
    <message>
        <source>six logistic layers on the circle: the first layers&apos; gradients vanish</source>
        <translation>sei strati logistici sul cerchio: i gradienti dei primi strati svaniscono</translation>
    </message>
    <message>
        <source>the lecture&apos;s net trained by three optimization rules side by side</source>
        <translation>la rete della lezione addestrata da tre regole di ottimizzazione affiancate</translation>
    </message>
    <message>
        <source>weights from ±5 saturate the units and learning starts slowly; ±0.5 beside it</source>
        <translation>pesi da ±5 saturano le unità e l’apprendimento parte lento; ±0,5 accanto</translation>
    </message>
    <message>
        <source>six layers on the circle: the initial weights decide whether signal and gradient get through</source>
        <translation>sei strati sul cerchio: i pesi iniziali decidono se segnale e gradiente passano</translation>
    </message>
    <message>
        <source>UCI handwritten digits 8×8, E. Alpaydin and C. Kaynak (1998), CC BY 4.0</source>
        <translation>cifre scritte a mano UCI 8×8, E. Alpaydin e C. Kaynak (1998), CC BY 4.0</translation>
    </message>
    <message>
        <source>UCI iris, R. A. Fisher (1936), CC BY 4.0</source>
        <translation>iris UCI, R. A. Fisher (1936), CC BY 4.0</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>loss E</source>
        <translation>errore E</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuratezza</translation>
    </message>
    <message>
        <source>loss of each step (epoch mean)</source>
        <translation>errore di ogni passo (media dell’epoca)</translation>
    </message>
    <message>
        <source>accuracy (right)</source>
        <translation>accuratezza (a destra)</translation>
    </message>
    <message>
        <source>per step</source>
        <translation>per passo</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Errore e accuratezza</translation>
    </message>
    <message>
        <source>1 loss of 0 drawn at the bottom</source>
        <translation>1 perdita pari a 0 disegnata in basso</translation>
    </message>
    <message>
        <source>%1 losses of 0 drawn at the bottom</source>
        <translation>%1 perdite pari a 0 disegnate in basso</translation>
    </message>
    <message>
        <source>loss E (%1)</source>
        <translation>errore E (%1)</translation>
    </message>
    <message>
        <source>accuracy (%1)</source>
        <translation>accuratezza (%1)</translation>
    </message>
</context>
<context>
    <name>LossLandscapePanel</name>
    <message>
        <source>The loss over two weights</source>
        <translation>L’errore su due pesi</translation>
    </message>
    <message>
        <source>Computing the slice: %p%</source>
        <translation>Calcolo della sezione: %p%</translation>
    </message>
    <message>
        <source>&lt;b&gt;E over %1 (across) and %2 (up)&lt;/b&gt;</source>
        <translation>&lt;b&gt;E su %1 (in orizzontale) e %2 (in verticale)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The slice could not be computed: %1</source>
        <translation>Non è stato possibile calcolare la sezione: %1</translation>
    </message>
    <message>
        <source>Computing the slice…</source>
        <translation>Calcolo della sezione…</translation>
    </message>
    <message>
        <source>The lecturer&apos;s window is not showing the loss over two weights (Explore on my own computes it from the lecturer&apos;s network)</source>
        <translation>La finestra del docente non mostra l’errore su due pesi (Esploro da solo lo calcola dalla rete del docente)</translation>
    </message>
    <message>
        <source>The gradient is zero in this plane: the step goes nowhere.</source>
        <translation>Il gradiente è zero in questo piano: il passo non porta da nessuna parte.</translation>
    </message>
    <message>
        <source>This is the lowest point of the slice.</source>
        <translation>Questo è il punto più basso della sezione.</translation>
    </message>
    <message>
        <source>The lowest point of the slice (E = %1, ringed) lies &lt;b&gt;%2°&lt;/b&gt; away from the step&apos;s direction.</source>
        <translation>Il punto più basso della sezione (E = %1, cerchiato) si trova a &lt;b&gt;%2°&lt;/b&gt; dalla direzione del passo.</translation>
    </message>
    <message>
        <source>Every other weight as it is now, over the whole training set. Click two edges in the graph to choose the weights; click a neuron for its two largest incoming ones; point at the slice for both weights and E there. The gradient points where E falls fastest here, not necessarily to the lowest point.</source>
        <translation>Ogni altro peso com&apos;è ora, su tutto l&apos;insieme di addestramento. Fai clic su due archi del grafo per scegliere i pesi; su un neurone per i suoi due pesi entranti più grandi; porta il puntatore sulla sezione per leggere i due pesi ed E in quel punto. Il gradiente punta dove E scende più in fretta qui, non necessariamente verso il punto più basso.</translation>
    </message>
    <message>
        <source>Here E = %1. The step −η∇E (η = %2) moves %3 by %4 and %5 by %6: the arrow, %7 long in this plane.</source>
        <translation>Qui E = %1. Il passo −η∇E (η = %2) sposta %3 di %4 e %5 di %6: la freccia, lunga %7 in questo piano.</translation>
    </message>
    <message>
        <source>It leaves the slice: the arrow is cut at the edge (two bars across it).</source>
        <translation>Esce dalla sezione: la freccia è tagliata al bordo (due barrette di traverso).</translation>
    </message>
</context>
<context>
    <name>LossLandscapeView</name>
    <message>
        <source>The slice appears here.</source>
        <translation>Qui compare la sezione.</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Studio</source>
        <translation>Backprop Studio</translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation>Grafo della rete</translation>
    </message>
    <message>
        <source>New weights from seed %1</source>
        <translation>Nuovi pesi dal seme %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Altri strumenti</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Altri menu</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non applicato: %1</translation>
    </message>
    <message>
        <source>Predict then reveal: on — step with → and the class guesses before each reveal</source>
        <translation>Prevedi, poi rivela: attivo — avanza con → e la classe indovina prima di ogni rivelazione</translation>
    </message>
    <message>
        <source>Predict then reveal: off</source>
        <translation>Prevedi, poi rivela: disattivo</translation>
    </message>
    <message>
        <source>The new language applies the next time Backprop Studio starts.</source>
        <translation>La nuova lingua si applica al prossimo avvio di Backprop Studio.</translation>
    </message>
    <message>
        <source>Layer %1 already fills the height of the graph</source>
        <translation>Lo strato %1 occupa già tutta l’altezza del grafo</translation>
    </message>
</context>
<context>
    <name>NetworkPainter</name>
    <message>
        <source>No network to show</source>
        <translation>Nessuna rete da mostrare</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 neurone</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 neuroni</translation>
    </message>
    <message>
        <source>strongest %1 of %2 %3</source>
        <translation>i %1 %3 più forti su %2</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <source>rel. error </source>
        <translation>errore rel. </translation>
    </message>
    <message>
        <source>target t</source>
        <translation>obiettivo t</translation>
    </message>
    <message>
        <source>⚠  Training diverged</source>
        <translation>⚠  Addestramento divergente</translation>
    </message>
    <message>
        <source>%1 neurons · hover for values</source>
        <translation>%1 neuroni · valori col puntatore</translation>
    </message>
    <message>
        <source>%1 · hover</source>
        <translation>%1 · puntatore</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network graph</source>
        <translation>Grafo della rete</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Ancora nessuna rete.</translation>
    </message>
    <message>
        <source>Layers %1, from input to output.</source>
        <translation>Strati %1, dall’ingresso all’uscita.</translation>
    </message>
    <message>
        <source>Selected: neuron %1 of %2.</source>
        <translation>Selezionato: neurone %1 (%2).</translation>
    </message>
    <message>
        <source>Arrow keys choose a neuron.</source>
        <translation>I tasti freccia scelgono un neurone.</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>Modifica %1…</translation>
    </message>
</context>
<context>
    <name>NeuronDetails</name>
    <message>
        <source>Click a neuron or an edge for its values; double-click it to edit its bias or weight.</source>
        <translation>Fai clic su un neurone o su un arco per vederne i valori; doppio clic per modificarne il bias o il peso.</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation>neurone %1 dello strato %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;weight w&lt;sup&gt;%1&lt;/sup&gt;&lt;sub&gt;%2,%3&lt;/sub&gt;&lt;/b&gt; = %4</source>
        <translation>&lt;b&gt;peso w&lt;sup&gt;%1&lt;/sup&gt;&lt;sub&gt;%2,%3&lt;/sub&gt;&lt;/b&gt; = %4</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <source>Edit bias %1</source>
        <translation>Modifica il bias %1</translation>
    </message>
    <message>
        <source>Edit weight %1</source>
        <translation>Modifica il peso %1</translation>
    </message>
    <message>
        <source>The bias of neuron %1 of layer %2, in %3 = Σₖ %4 %5 + %6. The new value applies at the next step; Undo (Ctrl+Z) brings back %7.</source>
        <translation>Il bias del neurone %1 dello strato %2, in %3 = Σₖ %4 %5 + %6. Il nuovo valore vale dal passo successivo; Annulla (Ctrl+Z) riporta %7.</translation>
    </message>
    <message>
        <source>The weight from neuron %1 of layer %2 to neuron %3 of layer %4. The new value applies at the next step; Undo (Ctrl+Z) brings back %5.</source>
        <translation>Il peso dal neurone %1 dello strato %2 al neurone %3 dello strato %4. Il nuovo valore vale dal passo successivo; Annulla (Ctrl+Z) riporta %5.</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Nuovo valore di %1</translation>
    </message>
    <message>
        <source>The new value of %1</source>
        <translation>Il nuovo valore di %1</translation>
    </message>
</context>
<context>
    <name>PredictionQuiz</name>
    <message>
        <source>Predict, then reveal: the question for the class</source>
        <translation>Prevedi, poi rivela: la domanda per la classe</translation>
    </message>
    <message>
        <source>Predictions so far</source>
        <translation>Previsioni finora</translation>
    </message>
    <message>
        <source>Will %1 go up or down? Class, decide — press Space/Enter to reveal.</source>
        <translation>%1 salirà o scenderà? Classe, decidete — Spazio/Invio per rivelare.</translation>
    </message>
    <message>
        <source>↑ or 1: up · ↓ or 2: down records the class&apos;s guess. Hint: w ← w − η ∂E/∂w.</source>
        <translation>↑ o 1: sale · ↓ o 2: scende registra la previsione della classe. Suggerimento: w ← w − η ∂E/∂w.</translation>
    </message>
    <message>
        <source>Class says: %1.</source>
        <translation>La classe dice: %1.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>down</source>
        <translation>scende</translation>
    </message>
    <message>
        <source>Which output δ is larger in size, |%1| or |%2|? Class, decide — press Space/Enter to reveal.</source>
        <translation>Quale δ in uscita è più grande in valore assoluto, |%1| o |%2|? Classe, decidete — Spazio/Invio per rivelare.</translation>
    </message>
    <message>
        <source>↑ or 1: %1 · ↓ or 2: %2 records the class&apos;s guess. Hint: (BP1) δᴸ = (aᴸ − t) ⊙ σ′(zᴸ).</source>
        <translation>↑ o 1: %1 · ↓ o 2: %2 registra la previsione della classe. Suggerimento: (BP1) δᴸ = (aᴸ − t) ⊙ σ′(zᴸ).</translation>
    </message>
    <message>
        <source>%1 goes %2: Δw = %3</source>
        <translation>%1 %2: Δw = %3</translation>
    </message>
    <message>
        <source>%1 is larger: %2 = %3, %4 = %5</source>
        <translation>%1 è più grande: %2 = %3, %4 = %5</translation>
    </message>
    <message>
        <source>— the class was right.</source>
        <translation>— la classe aveva ragione.</translation>
    </message>
    <message>
        <source>— the class was wrong.</source>
        <translation>— la classe aveva torto.</translation>
    </message>
    <message>
        <source>→ or Page Down goes on. Q turns the quiz off.</source>
        <translation>→ o Pagina giù prosegue. Q spegne il quiz.</translation>
    </message>
    <message>
        <source>revealed %1 · class right %2 of %3</source>
        <translation>rivelati %1 · la classe ha indovinato %2 su %3</translation>
    </message>
    <message>
        <source>revealed %1</source>
        <translation>rivelati %1</translation>
    </message>
    <message>
        <source>Your answer: %1. Decide before the lecturer reveals it.</source>
        <translation>La tua risposta: %1. Decidi prima che il docente la riveli.</translation>
    </message>
    <message>
        <source>↑ or 1: %1 · ↓ or 2: %2. Decide before the lecturer reveals it.</source>
        <translation>↑ o 1: %1 · ↓ o 2: %2. Decidi prima che il docente la riveli.</translation>
    </message>
    <message>
        <source>Will %1 go up or down?</source>
        <translation>%1 salirà o scenderà?</translation>
    </message>
    <message>
        <source>Which output δ is larger in size, |%1| or |%2|?</source>
        <translation>Quale δ di uscita è maggiore in valore assoluto, |%1| o |%2|?</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, dark, or high contrast (black on white, thicker lines) for a projector</source>
        <translation>Chiaro, scuro o ad alto contrasto (nero su bianco, linee più spesse) per un proiettore</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Colours of signed values</source>
        <translation>Colori dei valori con segno</translation>
    </message>
    <message>
        <source>The colours of negative and positive weights, δ and ∂E/∂w. Each choice stays readable with red-green and blue-yellow colour blindness.</source>
        <translation>I colori di pesi, δ e ∂E/∂w negativi e positivi. Ogni scelta resta leggibile con il daltonismo rosso-verde e blu-giallo.</translation>
    </message>
    <message>
        <source>&amp;Signed values:</source>
        <translation>Valori con &amp;segno:</translation>
    </message>
    <message>
        <source>From −1 to +1, as seen with normal vision and with each kind of colour blindness.</source>
        <translation>Da −1 a +1, come appaiono con la vista normale e con ciascun tipo di daltonismo.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of the application; applies the next time it starts</source>
        <translation>La lingua dell’applicazione; si applica al prossimo avvio</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language applies the next time Backprop Studio starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Backprop Studio.</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Velocità dell’animazione</translation>
    </message>
    <message>
        <source>How fast the phases of one step are animated, from 1 (slow) to 10 (fast)</source>
        <translation>Quanto velocemente sono animate le fasi di un passo, da 1 (lento) a 10 (veloce)</translation>
    </message>
    <message>
        <source>&amp;Animation speed:</source>
        <translation>&amp;Velocità dell’animazione:</translation>
    </message>
    <message>
        <source>Training pace</source>
        <translation>Ritmo dell’addestramento</translation>
    </message>
    <message>
        <source>How fast Play trains</source>
        <translation>Quanto velocemente addestra Avvia</translation>
    </message>
    <message>
        <source>Training &amp;pace:</source>
        <translation>Ritmo dell’&amp;addestramento:</translation>
    </message>
    <message>
        <source>&amp;Reopen the last experiment at start</source>
        <translation>&amp;Riapri l’ultimo esperimento all’avvio</translation>
    </message>
    <message>
        <source>Reopen the last experiment at start</source>
        <translation>Riapri l’ultimo esperimento all’avvio</translation>
    </message>
    <message>
        <source>Open the experiment file that was open when Backprop Studio last closed</source>
        <translation>Apri il file dell’esperimento che era aperto alla chiusura precedente di Backprop Studio</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Black screen: press any key or click to come back</source>
        <translation>Schermo nero: premi un tasto o fai clic per tornare</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 share %2</source>
        <translation>%1 condividono %2</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Salvataggio automatico non riuscito: %1</translation>
    </message>
    <message>
        <source>No autosave: cannot write to %1</source>
        <translation>Nessun salvataggio automatico: impossibile scrivere in %1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>Ripristinare l’ultima sessione?</translation>
    </message>
    <message>
        <source>Backprop Studio did not close properly last time. Its session was saved automatically:</source>
        <translation>L’ultima volta Backprop Studio non si è chiuso correttamente. La sessione è stata salvata automaticamente:</translation>
    </message>
    <message>
        <source>Lesson: %1
Epoch: %2
Saved: %3</source>
        <translation>Lezione: %1
Epoca: %2
Salvata: %3</translation>
    </message>
    <message>
        <source>(built by hand)</source>
        <translation>(costruita a mano)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>A recovery file could not be read</source>
        <translation>Impossibile leggere un file di recupero</translation>
    </message>
    <message>
        <source>You asked to open %1. Restoring the session opens it instead; &quot;Open the file&quot; keeps the session for the next start.</source>
        <translation>Hai chiesto di aprire %1. Ripristinando la sessione si apre questa al suo posto; «Apri il file» conserva la sessione per il prossimo avvio.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Apri il file</translation>
    </message>
    <message>
        <source>%1 was not opened: the restored session is open. Open it with File › Open experiment…</source>
        <translation>%1 non è stato aperto: è aperta la sessione ripristinata. Aprilo con File › Apri esperimento…</translation>
    </message>
    <message>
        <source>Expected ADDRESS:PORT, such as 192.168.1.20:8765.</source>
        <translation>Atteso INDIRIZZO:PORTA, per esempio 192.168.1.20:8765.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A session saved automatically could not be read:
%1

%2</source>
        <translation>Impossibile leggere una sessione salvata automaticamente:
%1

%2</translation>
    </message>
    <message>
        <source>The file was left where it is.</source>
        <translation>Il file è stato lasciato dov’è.</translation>
    </message>
    <message>
        <source>It was set aside as %1.</source>
        <translation>È stato messo da parte come %1.</translation>
    </message>
</context>
<context>
    <name>RelativeErrorLegend</name>
    <message>
        <source>Colour of the relative error |backprop − numerical| / max(|backprop|, |numerical|, 10⁻⁴), on a logarithmic scale. Above 10⁻⁶ the panel raises the alarm. The triangle marks the worst error of the check on show.</source>
        <translation>Colore dell’errore relativo |retroprop. − numerico| / max(|retroprop.|, |numerico|, 10⁻⁴), su scala logaritmica. Sopra 10⁻⁶ il pannello dà l’allarme. Il triangolo segna l’errore massimo della verifica mostrata.</translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation>Errore relativo</translation>
    </message>
    <message>
        <source>alarm above 10</source>
        <translation>allarme sopra 10</translation>
    </message>
</context>
<context>
    <name>RepresentationTable</name>
    <message>
        <source>1 at %1 of %2</source>
        <translation>1 in %1 su %2</translation>
    </message>
    <message>
        <source>Learned representation: input, hidden values, code and output of each sample</source>
        <translation>Rappresentazione appresa: ingresso, valori nascosti, codice e uscita di ogni campione</translation>
    </message>
    <message>
        <source>distinct codes: %1/%2</source>
        <translation>codici distinti: %1/%2</translation>
    </message>
    <message>
        <source>output max %1</source>
        <translation>uscita max %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>uscita %1</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>ingresso x</translation>
    </message>
    <message>
        <source>hidden a%1</source>
        <translation>nascosto a%1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pattern %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;input x = %1</source>
        <translation>&lt;br&gt;ingresso x = %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;hidden a%1 = %2&lt;br&gt;code %3</source>
        <translation>&lt;br&gt;nascosto a%1 = %2&lt;br&gt;codice %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;output a%1 = %2</source>
        <translation>&lt;br&gt;uscita a%1 = %2</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Ancora nessun campione</translation>
    </message>
    <message>
        <source>distinct codes: —</source>
        <translation>codici distinti: —</translation>
    </message>
    <message>
        <source>%1 units: %2 codes</source>
        <translation>%1 unità: %2 codici</translation>
    </message>
    <message>
        <source>codes appear when the network runs</source>
        <translation>i codici compaiono quando la rete è in funzione</translation>
    </message>
    <message>
        <source>%1 patterns, %2 codes: some must share</source>
        <translation>%1 pattern, %2 codici: alcuni devono condividerne uno</translation>
    </message>
    <message>
        <source>every pattern has its own code</source>
        <translation>ogni pattern ha il proprio codice</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>nascosti</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>shading: activation</source>
        <translation>sfumatura: attivazione</translation>
    </message>
    <message>
        <source>… and %1 more samples, not shown</source>
        <translation>… e altri %1 campioni, non mostrati</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 campioni</translation>
    </message>
</context>
<context>
    <name>RunStrip</name>
    <message>
        <source>Runs side by side</source>
        <translation>Addestramenti affiancati</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Smetti di confrontare</translation>
    </message>
    <message>
        <source>Keep the run in focus and stop the others</source>
        <translation>Mantieni l’addestramento in primo piano e ferma gli altri</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergente</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 codici</translation>
    </message>
    <message>
        <source>In focus: the graph, the panels and the settings show this run</source>
        <translation>In primo piano: il grafo, i pannelli e le impostazioni mostrano questo addestramento</translation>
    </message>
    <message>
        <source>Click to put this run in focus</source>
        <translation>Fai clic per mettere questo addestramento in primo piano</translation>
    </message>
</context>
<context>
    <name>RunStyle</name>
    <message>
        <source>uniform init</source>
        <translation>init. uniforme</translation>
    </message>
    <message>
        <source>Xavier init</source>
        <translation>init. Xavier</translation>
    </message>
    <message>
        <source>He init</source>
        <translation>init. He</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>batch completo</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>batch %1</translation>
    </message>
    <message>
        <source>hidden %1</source>
        <translation>nascosti %1</translation>
    </message>
    <message>
        <source>layer %1 %2</source>
        <translation>strato %1 %2</translation>
    </message>
</context>
<context>
    <name>SaturationMarks</name>
    <message>
        <source>mean σ′</source>
        <translation>σ′ medio</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturo</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morto</translation>
    </message>
</context>
<context>
    <name>SceneText</name>
    <message>
        <source>activation a</source>
        <translation>attivazione a</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ingresso</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>strato %1</translation>
    </message>
    <message>
        <source>Forward · z%1 = W%1a%2 + b%1, a%1 = σ(z%1)</source>
        <translation>In avanti · z%1 = W%1a%2 + b%1, a%1 = σ(z%1)</translation>
    </message>
    <message>
        <source>Output error · δ%1 (BP1)</source>
        <translation>Errore in uscita · δ%1 (BP1)</translation>
    </message>
    <message>
        <source>Backpropagate · δ%1 (BP2)</source>
        <translation>Retropropagazione · δ%1 (BP2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Neuron %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neurone %1 (%2)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>relative error of </source>
        <translation>errore relativo di </translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight %1&lt;/b&gt;&lt;br&gt;from neuron %2 of %3 to neuron %4 of %5</source>
        <translation>&lt;b&gt;Peso %1&lt;/b&gt;&lt;br&gt;dal neurone %2 (%3) al neurone %4 (%5)</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>errore relativo</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Gradients · ∂E/∂W%1, ∂E/∂b%1 (BP3, BP4)</source>
        <translation>Gradienti · ∂E/∂W%1, ∂E/∂b%1 (BP3, BP4)</translation>
    </message>
    <message>
        <source>Update · w ← w − η ∂E/∂w</source>
        <translation>Aggiornamento · w ← w − η ∂E/∂w</translation>
    </message>
    <message>
        <source>mean σ′ / max σ′</source>
        <translation>σ′ medio / σ′ massimo</translation>
    </message>
    <message>
        <source>saturated on</source>
        <translation>saturo su</translation>
    </message>
    <message>
        <source>%1 % of %2 samples</source>
        <translation>%1 % di %2 campioni</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morto</translation>
    </message>
    <message>
        <source>z ≤ 0 on every sample: its gradients are 0</source>
        <translation>z ≤ 0 su ogni campione: i suoi gradienti sono 0</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturo</translation>
    </message>
    <message>
        <source>σ′ &lt; 2 % of its largest value on most samples</source>
        <translation>σ′ &lt; 2 % del suo valore massimo sulla maggior parte dei campioni</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Backprop Studio experiments (*.bpx.json *.json)</source>
        <translation>Esperimenti di Backprop Studio (*.bpx.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>&amp;Apri esperimento…</translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation>&amp;Salva esperimento</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>Salva esperimento &amp;come…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>Recovered session — Backprop Studio</source>
        <translation>Sessione recuperata — Backprop Studio</translation>
    </message>
    <message>
        <source>Backprop Studio</source>
        <translation>Backprop Studio</translation>
    </message>
    <message>
        <source>%1 — Backprop Studio</source>
        <translation>%1 — Backprop Studio</translation>
    </message>
    <message>
        <source>The last experiment, %1, is no longer there; opened the lesson instead.</source>
        <translation>L’ultimo esperimento, %1, non esiste più; è stata aperta la lezione.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Save the experiment?</source>
        <translation>Salvare l’esperimento?</translation>
    </message>
    <message>
        <source>Training has changed the network since it was last saved. Save the experiment before closing?</source>
        <translation>L’addestramento ha cambiato la rete dall’ultimo salvataggio. Salvare l’esperimento prima di chiudere?</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Salva l’esperimento</translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation>Apri un esperimento</translation>
    </message>
</context>
<context>
    <name>SignedScalePreview</name>
    <message>
        <source>Preview of the signed-value colours under normal vision and three colour-vision deficiencies</source>
        <translation>Anteprima dei colori dei valori con segno con la vista normale e con tre deficit della visione dei colori</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>protanopia</source>
        <translation>protanopia</translation>
    </message>
    <message>
        <source>deuteranopia</source>
        <translation>deuteranopia</translation>
    </message>
    <message>
        <source>tritanopia</source>
        <translation>tritanopia</translation>
    </message>
</context>
<context>
    <name>StartClassDialog</name>
    <message>
        <source>Start class session</source>
        <translation>Avvia una sessione di classe</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rete:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>&amp;Codice della sessione:</translation>
    </message>
    <message>
        <source>Students join from this network with the code. The traffic on the network is not encrypted: only the lesson&apos;s numbers and anonymous answers travel, nothing personal. The session listens only until you stop it.</source>
        <translation>Gli studenti partecipano da questa rete con il codice. Il traffico sulla rete non è cifrato: viaggiano solo i numeri della lezione e risposte anonime, niente di personale. La sessione resta in ascolto solo finché non la termini.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Training status</source>
        <translation>Stato dell’addestramento</translation>
    </message>
    <message>
        <source>%1 M samples/s</source>
        <translation>%1 M campioni/s</translation>
    </message>
    <message>
        <source>%1 k samples/s</source>
        <translation>%1 k campioni/s</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 campioni/s</translation>
    </message>
    <message>
        <source>training</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>forward, layer %1</source>
        <translation>in avanti, strato %1</translation>
    </message>
    <message>
        <source>output error (BP1)</source>
        <translation>errore in uscita (BP1)</translation>
    </message>
    <message>
        <source>backward, layer %1 (BP2)</source>
        <translation>all’indietro, strato %1 (BP2)</translation>
    </message>
    <message>
        <source>gradients, layer %1 (BP3, BP4)</source>
        <translation>gradienti, strato %1 (BP3, BP4)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <source>epoch %1 · sample %2/%3 · phase: %4 · loss %5 · accuracy %6</source>
        <translation>epoca %1 · campione %2/%3 · fase: %4 · errore %5 · accuratezza %6</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contrasto</translation>
    </message>
    <message>
        <source>Blue – orange (default)</source>
        <translation>Blu – arancione (predefinito)</translation>
    </message>
    <message>
        <source>Purple – green</source>
        <translation>Viola – verde</translation>
    </message>
    <message>
        <source>Blue – red</source>
        <translation>Blu – rosso</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>epoch %1 ◀</source>
        <translation>epoca %1 ◀</translation>
    </message>
    <message>
        <source>Timeline of kept states</source>
        <translation>Linea del tempo degli stati conservati</translation>
    </message>
    <message>
        <source>The states kept while training, oldest on the left, with the loss drawn along them. Left and Right go back and forth one state, Home and End to the first and the newest.</source>
        <translation>Gli stati conservati durante l’addestramento, i più vecchi a sinistra, con l’errore disegnato lungo di essi. Sinistra e Destra vanno indietro e avanti di uno stato, Inizio e Fine al primo e al più recente.</translation>
    </message>
    <message>
        <source>Go back to an earlier state: click or drag, or use ← → Home End. Training resumes from there and drops the later states.</source>
        <translation>Torna a uno stato precedente: fai clic o trascina, oppure usa ← → Inizio Fine. L’addestramento riprende da lì e scarta gli stati successivi.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linea del tempo</translation>
    </message>
    <message>
        <source>no states</source>
        <translation>nessuno stato</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>epoch %1 · loss %2 — click to go back to this state</source>
        <translation>epoca %1 · errore %2 — fai clic per tornare a questo stato</translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <source>Training charts</source>
        <translation>Grafici dell’addestramento</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Play</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Train continuously, or pause</source>
        <translation>Addestra di continuo, o metti in pausa</translation>
    </message>
    <message>
        <source>◀ Phase</source>
        <translation>◀ Fase</translation>
    </message>
    <message>
        <source>Show the previous phase of this step</source>
        <translation>Mostra la fase precedente di questo passo</translation>
    </message>
    <message>
        <source>Phase ▶</source>
        <translation>Fase ▶</translation>
    </message>
    <message>
        <source>Show the next phase: forward, output error, backward, gradients, update</source>
        <translation>Mostra la fase successiva: in avanti, errore in uscita, all’indietro, gradienti, aggiornamento</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Campione</translation>
    </message>
    <message>
        <source>Animate one whole step on the next sample</source>
        <translation>Anima un intero passo sul campione successivo</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoca</translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation>Addestra per un’epoca</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Draw new weights from the seed and start again</source>
        <translation>Estrai nuovi pesi dal seme e ricomincia</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nuovo seme</translation>
    </message>
    <message>
        <source>Start again from weights drawn with the next seed (when a run gets stuck)</source>
        <translation>Ricomincia da pesi estratti con il seme successivo (quando un addestramento si blocca)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in on the graph</source>
        <translation>Ingrandisci il grafo</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out of the graph</source>
        <translation>Riduci il grafo</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>Full screen, for the projector</source>
        <translation>Schermo intero, per il proiettore</translation>
    </message>
    <message>
        <source>σ′(z)</source>
        <translation>σ′(z)</translation>
    </message>
    <message>
        <source>Fill neurons by σ′(z): how far each is from saturation</source>
        <translation>Colora i neuroni secondo σ′(z): quanto ciascuno è lontano dalla saturazione</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modalità presentazione</translation>
    </message>
    <message>
        <source>Large type, thick lines and only the essential controls, for a projector; again to bring the usual layout back</source>
        <translation>Caratteri grandi, linee spesse e solo i comandi essenziali, per un proiettore; di nuovo per tornare alla disposizione consueta</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Riflettore</translation>
    </message>
    <message>
        <source>Dim everything but the selected neuron, its edges and its neighbours (with no selection: the layer being computed)</source>
        <translation>Attenua tutto tranne il neurone selezionato, i suoi archi e i suoi vicini (senza selezione: lo strato in calcolo)</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Tutta la rete</translation>
    </message>
    <message>
        <source>Show the whole network (Escape in the graph does the same)</source>
        <translation>Mostra tutta la rete (Esc nel grafo fa lo stesso)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Strato %1</translation>
    </message>
    <message>
        <source>Fit the graph to layer %1 and its edges</source>
        <translation>Adatta il grafo allo strato %1 e ai suoi archi</translation>
    </message>
    <message>
        <source>Predict then reveal</source>
        <translation>Prevedi, poi rivela</translation>
    </message>
    <message>
        <source>Quiz mode: before the output error and the update, the class predicts a value, then Space or Enter reveals it</source>
        <translation>Modalità quiz: prima dell’errore in uscita e dell’aggiornamento la classe prevede un valore, poi Spazio o Invio lo rivela</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Training pace</source>
        <translation>Ritmo dell’addestramento</translation>
    </message>
    <message>
        <source>How fast Play trains: slow enough to watch a small network learn, or flat out</source>
        <translation>Quanto velocemente addestra Avvia: abbastanza piano da vedere imparare una rete piccola, o alla massima velocità</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 passi/s</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 passi/s</translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation>1000 passi/s</translation>
    </message>
    <message>
        <source>10k steps/s</source>
        <translation>10k passi/s</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>massima velocità</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>ritmo</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Velocità dell’animazione</translation>
    </message>
    <message>
        <source>How fast the phases of one step are animated</source>
        <translation>Quanto velocemente sono animate le fasi di un passo</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocità</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Riproduzione</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>The lesson: a dataset and a network that learns it</source>
        <translation>La lezione: un dataset e una rete che lo impara</translation>
    </message>
    <message>
        <source>Learning rate (logarithmic)</source>
        <translation>Tasso di apprendimento (logaritmico)</translation>
    </message>
    <message>
        <source>Learning rate η, from 0.0001 to 10 on a logarithmic scale</source>
        <translation>Tasso di apprendimento η, da 0.0001 a 10 su scala logaritmica</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasso di apprendimento</translation>
    </message>
    <message>
        <source>Learning rate η in w ← w − η ∂E/∂w</source>
        <translation>Tasso di apprendimento η in w ← w − η ∂E/∂w</translation>
    </message>
    <message>
        <source>rate η</source>
        <translation>tasso η</translation>
    </message>
    <message>
        <source>Activation of the hidden layers</source>
        <translation>Funzione di attivazione degli strati nascosti</translation>
    </message>
    <message>
        <source>Activation of every hidden layer; changes apply at the next step, weights kept</source>
        <translation>Funzione di attivazione di ogni strato nascosto; le modifiche valgono dal passo successivo, i pesi restano</translation>
    </message>
    <message>
        <source>Activation of the output layer</source>
        <translation>Funzione di attivazione dello strato di uscita</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>nascosti</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>hidden → %1</source>
        <translation>nascosti → %1</translation>
    </message>
    <message>
        <source>output → %1</source>
        <translation>uscita → %1</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Ottimizzatore</translation>
    </message>
    <message>
        <source>The update rule: plain SGD (the lecture&apos;s), momentum or Adam</source>
        <translation>La regola di aggiornamento: SGD semplice (quello della lezione), momento o Adam</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>regola</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <source>Samples per update: 1 is online learning (the lecture&apos;s), &apos;all&apos; is full batch</source>
        <translation>Campioni per aggiornamento: 1 è l’apprendimento online (quello della lezione), «tutti» è il batch completo</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>misti</translation>
    </message>
    <message>
        <source>Saturated and dead units</source>
        <translation>Unità sature e morte</translation>
    </message>
    <message>
        <source>A σ′ gauge on each neuron (its mean over the training set), and marks on the units that are saturated or dead: the reasons why learning is slow</source>
        <translation>Un indicatore di σ′ su ogni neurone (la sua media sull’insieme di addestramento) e un segno sulle unità sature o morte: i motivi per cui l’apprendimento è lento</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>A&amp;ddestramento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Clear the charts</source>
        <translation>Svuota i grafici</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lezioni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>Informazioni su Backprop Studio</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>Pannello successivo</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel (F6)</source>
        <translation>Sposta il focus della tastiera sul pannello successivo (F6)</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>Pannello precedente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel (Shift+F6)</source>
        <translation>Sposta il focus della tastiera sul pannello precedente (Maiusc+F6)</translation>
    </message>
    <message>
        <source>Rewind to the last good state</source>
        <translation>Torna all’ultimo stato buono</translation>
    </message>
    <message>
        <source>Back one kept state</source>
        <translation>Uno stato conservato indietro</translation>
    </message>
    <message>
        <source>Put the run back to the previous state on the timeline ([)</source>
        <translation>Riporta l’addestramento allo stato precedente sulla linea del tempo ([)</translation>
    </message>
    <message>
        <source>Forward one kept state</source>
        <translation>Uno stato conservato avanti</translation>
    </message>
    <message>
        <source>Go to the next state on the timeline (])</source>
        <translation>Vai allo stato successivo sulla linea del tempo (])</translation>
    </message>
    <message>
        <source>Put the run back to the newest kept state before the loss jumped</source>
        <translation>Riporta l’addestramento allo stato conservato più recente prima che l’errore esplodesse</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Theme, colours, language, speed and what opens at start</source>
        <translation>Tema, colori, lingua, velocità e cosa si apre all’avvio</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Ingrandisci &amp;strato</translation>
    </message>
    <message>
        <source>&amp;Guided first lesson</source>
        <translation>&amp;Prima lezione guidata</translation>
    </message>
    <message>
        <source>A short walk through one step of backpropagation on the 8-3-8 net</source>
        <translation>Un breve percorso attraverso un passo di retropropagazione sulla rete 8-3-8</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Confronta con…</translation>
    </message>
    <message>
        <source>Start runs side by side with this one: the same seed and weights, other settings</source>
        <translation>Avvia addestramenti affiancati a questo: stesso seme e stessi pesi, altre impostazioni</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Smetti di confrontare</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Equation</source>
        <translation>Equazione</translation>
    </message>
    <message>
        <source>Backprop&apos;s gradient against central differences</source>
        <translation>Il gradiente della retropropagazione confrontato con le differenze centrali</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Verifica del gradiente</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>campione %1</translation>
    </message>
    <message>
        <source>Samples: input, hidden code, output</source>
        <translation>Campioni: ingresso, codice nascosto, uscita</translation>
    </message>
    <message>
        <source>Hidden codes of every sample; drag to rotate</source>
        <translation>Codici nascosti di ogni campione; trascina per ruotare</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the samples</source>
        <translation>L’uscita della rete sul piano degli ingressi, con i campioni</translation>
    </message>
    <message>
        <source>Dataset editor: the inputs and targets of every sample</source>
        <translation>Editor del dataset: gli ingressi e gli obiettivi di ogni campione</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Architecture editor: layers, neurons, activations, loss</source>
        <translation>Editor dell’architettura: strati, neuroni, funzioni di attivazione, errore</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architettura</translation>
    </message>
    <message>
        <source>One line per layer, in the layer&apos;s colour: when the first layers&apos; lines lie far below the last ones, the gradient is vanishing and those layers learn slowly.</source>
        <translation>Una linea per strato, nel colore dello strato: quando le linee dei primi strati stanno molto sotto quelle degli ultimi, il gradiente sta svanendo e quegli strati imparano lentamente.</translation>
    </message>
    <message>
        <source>Chain rule</source>
        <translation>Regola della catena</translation>
    </message>
    <message>
        <source>Histograms over time: per layer, along the epochs</source>
        <translation>Istogrammi nel tempo: per strato, lungo le epoche</translation>
    </message>
    <message>
        <source>The loss over two weights, with the step and the way to the lowest point</source>
        <translation>L’errore su due pesi, con il passo e la via verso il punto più basso</translation>
    </message>
    <message>
        <source>Loss over two weights</source>
        <translation>Errore su due pesi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vanishing gradient.&lt;/b&gt; (BP2) multiplies δ by σ′(z) ≤ ¼ at every layer on the way back, so the first layer&apos;s ‖∂E/∂W‖ lies three to four orders of magnitude below the last one&apos;s: it learns slowest, and the network learns nothing. Switch the hidden activation to relu early, within the first 100 epochs, and watch the lines come together. Later it fails: the relu units are dead (z ≤ 0 for every sample, where relu′ = 0), so every gradient is exactly 0 (the dead marks on the graph show them). Reset and switch sooner.</source>
        <translation>&lt;b&gt;Il gradiente che svanisce.&lt;/b&gt; (BP2) moltiplica δ per σ′(z) ≤ ¼ a ogni strato all’indietro, quindi ‖∂E/∂W‖ del primo strato sta da tre a quattro ordini di grandezza sotto quella dell’ultimo: impara più lentamente di tutti, e la rete non impara niente. Passa alla funzione di attivazione relu negli strati nascosti presto, entro le prime 100 epoche, e guarda le linee avvicinarsi. Più tardi non funziona: le unità relu sono morte (z ≤ 0 per ogni campione, dove relu′ = 0), quindi ogni gradiente vale esattamente 0 (i segni «morto» sul grafo le mostrano). Reimposta la rete e cambia prima.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Optimizers.&lt;/b&gt; The same 8-3-8 from the same weights, trained by plain SGD, with momentum and with Adam: the gradient does not point to the minimum, so SGD zig-zags where momentum and Adam keep their direction: compare their loss lines, and their paths over two weights.</source>
        <translation>&lt;b&gt;Ottimizzatori.&lt;/b&gt; La stessa 8-3-8 dagli stessi pesi, addestrata con SGD semplice, con momento e con Adam: il gradiente non punta verso il minimo, quindi SGD va a zig-zag dove momento e Adam tengono la direzione: confronta le loro linee dell’errore e i loro percorsi su due pesi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saturation.&lt;/b&gt; Weights drawn from ±5 instead of ±0.5: many units start with a large |z|, where σ′(z) is almost 0 (the amber marks), so δ is tiny and the loss stays flat at first. The small weights beside them start learning at once.</source>
        <translation>&lt;b&gt;Saturazione.&lt;/b&gt; Pesi estratti da ±5 invece che da ±0,5: molte unità partono con |z| grande, dove σ′(z) è quasi 0 (i segni ambra), quindi δ è minuscolo e all’inizio la perdita resta piatta. I pesi piccoli accanto iniziano subito a imparare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initialisation.&lt;/b&gt; Five relu layers: from uniform ±0.5 the signal and the gradient shrink at every layer and units die; He&apos;s range √(6/n) keeps their size, so the first layer&apos;s ‖∂E/∂W‖ stays near the last one&apos;s. Compare Xavier and He beside it.</source>
        <translation>&lt;b&gt;Inizializzazione.&lt;/b&gt; Cinque strati relu: da uniforme ±0,5 il segnale e il gradiente si riducono a ogni strato e le unità muoiono; l’intervallo di He √(6/n) ne mantiene la grandezza, quindi ‖∂E/∂W‖ del primo strato resta vicina a quella dell’ultimo. Confronta Xavier e He accanto.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codici</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Confine</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienti</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>Istogrammi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Strati</translation>
    </message>
</context>
<context>
    <name>bp::ui::RunExports</name>
    <message>
        <source>There is no step to export yet.</source>
        <translation>Non c&apos;è ancora un passo da esportare.</translation>
    </message>
    <message>
        <source>Could not export the script: %1</source>
        <translation>Impossibile esportare lo script: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Esercizio: %1</translation>
    </message>
    <message>
        <source>Could not export the exercise sheet: %1</source>
        <translation>Impossibile esportare la scheda di esercizi: %1</translation>
    </message>
    <message>
        <source>NumPy script, the lecture&apos;s loop (*.py)</source>
        <translation>Script NumPy, il ciclo della lezione (*.py)</translation>
    </message>
    <message>
        <source>PyTorch script, nn.Linear and autograd (*.py)</source>
        <translation>Script PyTorch, nn.Linear e autograd (*.py)</translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation>Esporta come script</translation>
    </message>
    <message>
        <source>After the step on show, the script trains from the same weights for this many epochs (0: only the step):</source>
        <translation>Dopo il passo mostrato, lo script addestra a partire dagli stessi pesi per questo numero di epoche (0: solo il passo):</translation>
    </message>
    <message>
        <source>Export exercise sheet</source>
        <translation>Esporta scheda di esercizi</translation>
    </message>
    <message>
        <source>1: the update</source>
        <translation>1: l&apos;aggiornamento</translation>
    </message>
    <message>
        <source>2: and the gradients (BP3, BP4)</source>
        <translation>2: e i gradienti (BP3, BP4)</translation>
    </message>
    <message>
        <source>3: and the backward pass (BP2)</source>
        <translation>3: e il passo all&apos;indietro (BP2)</translation>
    </message>
    <message>
        <source>4: and the output error (BP1)</source>
        <translation>4: e l&apos;errore in uscita (BP1)</translation>
    </message>
    <message>
        <source>5: and the error E</source>
        <translation>5: e l&apos;errore E</translation>
    </message>
    <message>
        <source>6: the whole step</source>
        <translation>6: l&apos;intero passo</translation>
    </message>
    <message>
        <source>Left to the students:</source>
        <translation>Lasciato agli studenti:</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Schede:</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>LaTeX document (*.tex)</source>
        <translation>Documento LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Sheets with different numbers, so that neighbours cannot copy; each has its key.</source>
        <translation>Schede con numeri diversi, perché i vicini non possano copiare; ognuna ha la sua soluzione.</translation>
    </message>
    <message>
        <source>the sample and the weights</source>
        <translation>il campione e i pesi</translation>
    </message>
    <message>
        <source>the sample only</source>
        <translation>solo il campione</translation>
    </message>
    <message>
        <source>the weights only</source>
        <translation>solo i pesi</translation>
    </message>
    <message>
        <source>New in each further sheet:</source>
        <translation>Nuovi in ogni scheda successiva:</translation>
    </message>
    <message>
        <source>Seed of the further sheets&apos; numbers:</source>
        <translation>Seme dei numeri delle schede successive:</translation>
    </message>
</context>
</TS>
