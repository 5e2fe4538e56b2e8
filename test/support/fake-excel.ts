/**
 * A fake of the Excel JavaScript API — the subset `src/workbook/office.ts` uses — for Jest and for the browser tests.
 *
 * It behaves like Excel where the adapter could go wrong, unlike office-addin-mock (office-platform.md §2):
 * - calls only queue work; nothing reaches the workbook until `context.sync()`, which runs the queue in order;
 * - reading a property that was not loaded, or loaded but not yet synced, THROWS `PropertyNotLoaded`;
 * - `getItem` on a missing sheet or name makes the sync reject with `ItemNotFound`; `*OrNullObject` gives an object
 *   whose `isNullObject` is readable after the sync; `names.add` on an existing name rejects with `ItemAlreadyExists`;
 * - APIs newer than the host's ExcelApi level reject with `ApiNotFound`;
 * - syncs are counted, writes raise change events (unless `runtime.enableEvents` is off), and `userEdit` raises the
 *   events a person typing would;
 * - workbook names move when `insertRows` inserts rows above them;
 * - a protected sheet refuses writes into locked cells (`AccessDenied`), and a person's row insertion there;
 * - selection events (`userSelect`; workbook-wide on 1.2 without an address, per sheet on 1.7, all sheets on 1.9) and
 *   `worksheets.onAdded` (1.7);
 * - Excel's known event bugs and failure modes, switched on in `state.bugs` or by a method (office-platform.md §3.3):
 *   edits that raise no event (`silentEdits`: a data-validation pick, a fill across filter-hidden rows), a hidden pane
 *   whose events are dropped (`paneHidden`, Excel on the web), events with a wrong type or address (`eventQuirk`),
 *   slow syncs (`syncDelayMs` before the batch runs, `replyDelayMs` after), and cell-edit mode (`startCellEdit`/`endCellEdit`: every batch fails with
 *   `InvalidOperationInCellEditMode`, unless run with `delayForCellEdit` on ExcelApi 1.5+, which waits for the edit
 *   to end — except where the host ignores it, `delayIgnored`).
 *
 * The workbook itself is a `MemoryWorkbook` (`state.grid`): every Excel call is translated back into the port's
 * terms (values, styles, merges, validation, conditional formats, names), so a test can compare what the layout
 * writes through Excel with what it writes into memory. Install it with `installFakeOffice(globalThis, state)`.
 * It imports only src/workbook, so webpack can bundle it for a page (test/browser/fake-office-entry.ts).
 */
import { MemoryWorkbook } from "../../src/workbook/memory";
import { memoryFromJson, memoryToJson } from "./memory-json";
import { a1, parseA1, type CellStyle, type RangeRef, type RawValue, type ValidationRule, type WriteOp } from "../../src/workbook/port";

// ───────────────────────────── workbook state ─────────────────────────────

/** A worksheet as the fake host knows it: a stable id and its current name (cells live in the MemoryWorkbook). */
export interface FakeSheet {
  readonly id: string;
  name: string;
}

/** A change event as the fake delivers it (the fields of `Excel.WorksheetChangedEventArgs` the adapter reads). */
export interface FakeChangedArgs {
  worksheetId: string;
  address: string;
  source: "Local" | "Remote";
  changeType: "RangeEdited";
  type: "WorksheetChanged";
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** A selection event: per sheet or for all sheets (1.7/1.9) with the sheet and address; workbook-wide (1.2) without. */
export interface FakeSelectionArgs {
  worksheetId?: string;
  address?: string;
  type: "WorksheetSelectionChanged" | "WorkbookSelectionChanged";
}

/** `worksheets.onAdded` (1.7). */
export interface FakeAddedArgs {
  worksheetId: string;
  source: "Local" | "Remote";
  type: "WorksheetAdded";
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (args: any) => unknown;

/** Switches for Excel's known event bugs (office-platform.md §3.3); all off by default. */
export interface FakeBugs {
  /** A person's edits change the cells and raise no change event (data-validation pick, office-js #3888/#420; fill across filter-hidden rows, #1110). */
  silentEdits: boolean;
  /** The pane is hidden and every event is dropped (Excel on the web). */
  paneHidden: boolean;
  /** Change events from a person's edits carry a wrong `changeType`, or a wrong address (the sheet's A1, or a whole row). */
  eventQuirk: null | "wrongType" | "wrongAddress" | "wholeRow";
  /** Every sync takes this long (ms) before it runs. */
  syncDelayMs: number;
  /** Every sync's answer takes this long (ms) to come back after the batch ran: what it read may be old by then. */
  replyDelayMs: number;
  /** `delayForCellEdit` is not honoured: in cell-edit mode the batch fails anyway (Excel on the web, office-js #1393, #3019). */
  delayIgnored: boolean;
}

/** The synchronous core of MemoryWorkbook.apply (one operation, errors thrown at once), used inside a fake sync. */
function applyNow(grid: MemoryWorkbook, op: WriteOp): void {
  (grid as unknown as { applyOne(op: WriteOp): void }).applyOne(op);
}

/**
 * The fake host: the workbook is a `MemoryWorkbook` (`grid`: values, formulas, styles, merges, validation,
 * conditional formats, names that move on row insertion), plus what only the host has — sheet ids, sync counts,
 * `enableEvents`, the API level and the event listeners.
 */
export class FakeWorkbookState {
  /** The workbook contents; inspect it with MemoryWorkbook's getters (`getValue`, `getStyle`, `getName`, …). */
  readonly grid: MemoryWorkbook;
  sheets: FakeSheet[] = [];
  /** Number of `context.sync()` calls so far. */
  syncCount = 0;
  /** Highest ExcelApi minor version the host supports (14 = Excel 2021). */
  apiMinor: number;
  enableEvents = true;
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Change listeners for all sheets (1.9) and per sheet id (1.7). */
  workbookListeners = new Set<Listener>();
  sheetListeners = new Map<string, Set<Listener>>();
  /** Selection listeners: workbook-wide (1.2), all sheets (1.9), per sheet id (1.7). */
  workbookSelectionListeners = new Set<Listener>();
  selectionListeners = new Set<Listener>();
  sheetSelectionListeners = new Map<string, Set<Listener>>();
  /** `worksheets.onAdded` listeners (1.7). */
  addedListeners = new Set<Listener>();
  /** Excel's bugs, switched on by tests. */
  bugs: FakeBugs = { silentEdits: false, paneHidden: false, eventQuirk: null, syncDelayMs: 0, replyDelayMs: 0, delayIgnored: false };
  /** Events dropped (by `paneHidden`) and change events not raised (by `silentEdits`) so far. */
  lostEvents = 0;
  private cellEdit: { ended: Promise<void>; end: () => void } | null = null;
  private nextId = 1;

  constructor(options: { apiMinor?: number; sheets?: string[] } = {}) {
    this.apiMinor = options.apiMinor ?? 14;
    this.grid = new MemoryWorkbook();
    for (const s of options.sheets ?? ["Sheet1"]) this.addSheet(s);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw fakeError("ItemAlreadyExists", `工作表“${name}”已存在`);
    applyNow(this.grid, { op: "addSheet", sheet: name });
    const s: FakeSheet = { id: `{sheet-${this.nextId++}}`, name };
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  deleteSheet(name: string): void {
    const s = this.requireSheet(name);
    applyNow(this.grid, { op: "deleteSheet", sheet: name });
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.activeSheetId === s.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  /** Apply one write to the workbook now (inside a sync). */
  write(op: WriteOp): void {
    applyNow(this.grid, op);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw fakeError("ItemNotFound", `找不到工作表“${name}”`);
    return s;
  }

  /** Values of a block, e.g. `values("统计表", "B3:D4")`; empty cells are `null`. */
  values(sheet: string, address: string): RawValue[][] {
    this.requireSheet(sheet);
    const r = parseA1(address, sheet);
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => this.grid.getValue(sheet, r.row + i, r.col + j)));
  }

  /** Where a workbook name points now, or `null` (missing or `#REF!`). */
  nameRange(name: string): RangeRef | null {
    return this.grid.getName(name);
  }

  /**
   * A person types values into a block: the cells change and one change event fires for the block, as in Excel
   * (source `Local`, not from the add-in). Resolves when every listener has settled.
   */
  async userEdit(sheet: string, address: string, values: RawValue[][], source: "Local" | "Remote" = "Local"): Promise<void> {
    const s = this.requireSheet(sheet);
    const r = parseA1(address, sheet);
    this.grid.setValues(r, values);
    if (this.bugs.silentEdits) {
      this.lostEvents++;
      return;
    }
    const quirk = this.bugs.eventQuirk;
    await this.fire({
      worksheetId: s.id,
      address: quirk === "wrongAddress" ? "A1" : quirk === "wholeRow" ? `${r.row + 1}:${r.row + 1}` : a1(r),
      source,
      changeType: (quirk === "wrongType" ? "RowInserted" : "RangeEdited") as "RangeEdited",
      type: "WorksheetChanged",
      triggerSource: "Unknown",
    });
  }

  /** A person types into a block and Excel raises no event (a data-validation pick; `silentEdits` for one edit). */
  silentEdit(sheet: string, address: string, values: RawValue[][]): void {
    this.requireSheet(sheet);
    this.grid.setValues(parseA1(address, sheet), values);
    this.lostEvents++;
  }

  /**
   * A person selects a block. With `activate` (the default) the sheet becomes active first, as a click on its tab;
   * without it the selection event names a sheet that is not the active one (Excel delivers such events late, and the
   * Name Box can select there). Raises the selection events each level of the API has.
   */
  async userSelect(sheet: string, address: string, { activate = true } = {}): Promise<void> {
    const s = this.requireSheet(sheet);
    if (activate) this.activeSheetId = s.id;
    this.selection = { sheet, address };
    await this.fireSelection(s.id, address);
  }

  /** A person adds a sheet: `worksheets.onAdded` fires. */
  async userAddSheet(name: string): Promise<FakeSheet> {
    const s = this.addSheet(name);
    await this.deliver([...this.addedListeners], { worksheetId: s.id, source: "Local", type: "WorksheetAdded" } satisfies FakeAddedArgs);
    return s;
  }

  /** A person inserts `count` empty rows before row `at` (0-based): names, merges and formats move as in Excel. A protected sheet refuses. */
  insertRows(sheet: string, at: number, count: number): void {
    this.requireSheet(sheet);
    if (this.grid.isProtected(sheet)) throw fakeError("AccessDenied", `The sheet '${sheet}' is protected: rows cannot be inserted.`);
    this.grid.insertRows(sheet, at, count);
  }

  /** A person starts editing a cell: batches fail, or wait with `delayForCellEdit` (1.5+). */
  startCellEdit(): void {
    if (this.cellEdit) return;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  /** Whether a cell is being edited. */
  get cellEditing(): boolean {
    return this.cellEdit !== null;
  }

  /** The person presses Enter: delayed batches run; with a value, it is committed and its change event raised. */
  async endCellEdit(commit?: { sheet: string; address: string; value: RawValue }): Promise<void> {
    const edit = this.cellEdit;
    this.cellEdit = null;
    if (commit) await this.userEdit(commit.sheet, commit.address, [[commit.value]]);
    edit?.end();
  }

  /** Resolves when the cell edit ends (at once when none). */
  cellEditEnded(): Promise<void> {
    return this.cellEdit?.ended ?? Promise.resolve();
  }

  /**
   * A person deletes `count` rows from row `at` (0-based): names, merges and formats move or shrink as in Excel, and
   * one change event fires for the deleted rows (Excel reports a row deletion as a change of those rows).
   */
  async deleteRows(sheet: string, at: number, count: number): Promise<void> {
    const s = this.requireSheet(sheet);
    this.grid.deleteRows(sheet, at, count);
    await this.fire({ worksheetId: s.id, address: `${at + 1}:${at + count}`, source: "Local", changeType: "RangeEdited", type: "WorksheetChanged", triggerSource: "Unknown" });
  }

  /** Deliver one change event to the listeners that cover its sheet; resolves when every handler has settled. */
  async fire(args: FakeChangedArgs): Promise<void> {
    await this.deliver([...this.workbookListeners, ...(this.sheetListeners.get(args.worksheetId) ?? [])], args);
  }

  /** Deliver a selection event to the listeners of every level. */
  async fireSelection(worksheetId: string, address: string): Promise<void> {
    const perSheet: FakeSelectionArgs = { worksheetId, address, type: "WorksheetSelectionChanged" };
    await Promise.all([
      this.deliver([...this.selectionListeners, ...(this.sheetSelectionListeners.get(worksheetId) ?? [])], perSheet),
      this.deliver([...this.workbookSelectionListeners], { type: "WorkbookSelectionChanged" } satisfies FakeSelectionArgs),
    ]);
  }

  /** Call listeners as Excel does (asynchronously); a hidden pane gets nothing. Resolves when every handler has settled. */
  async deliver(listeners: Listener[], args: unknown): Promise<void> {
    if (listeners.length === 0) return;
    if (this.bugs.paneHidden) {
      this.lostEvents++;
      return;
    }
    await Promise.all(listeners.map((l) => Promise.resolve().then(() => l(args))));
  }

  /**
   * The whole workbook as JSON (cells, merges, widths, validation, conditional formats, protection, names, sheet ids),
   * so a page reload can re-install the same workbook, as a saved file reopened in Excel would be.
   */
  serialize(): string {
    return JSON.stringify({ apiMinor: this.apiMinor, sheets: this.sheets, nextId: this.nextId, grid: memoryToJson(this.grid) });
  }

  /** A workbook state from `serialize`. */
  static deserialize(json: string): FakeWorkbookState {
    const o = JSON.parse(json) as { apiMinor: number; sheets: FakeSheet[]; nextId: number; grid: unknown };
    const state = new FakeWorkbookState({ apiMinor: o.apiMinor, sheets: [] });
    (state as unknown as { grid: MemoryWorkbook }).grid = memoryFromJson(o.grid);
    state.sheets = o.sheets;
    state.nextId = o.nextId;
    state.activeSheetId = o.sheets[0]?.id ?? null;
    return state;
  }

  /** Whether the host supports `ExcelApi` at `version` (e.g. "1.8"). */
  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && (minor ?? 0) <= this.apiMinor;
  }
}

// ───────────────────────────── errors ─────────────────────────────

/** An error shaped like `OfficeExtension.Error` (a `code` and a message). */
export class FakeOfficeError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

function fakeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

// ───────────────────────────── the proxy objects ─────────────────────────────

type Action = () => void;

/** A request context: a queue of actions run in order by `sync`, like Office.js batches. */
export class FakeRequestContext {
  private queue: Action[] = [];
  private pendingEvents: (() => Promise<void>)[] = [];
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  /**
   * @param delayForCellEdit the `Excel.run` option (honoured from ExcelApi 1.5): while a cell is being edited a sync
   *   waits for the edit to end instead of failing.
   */
  constructor(
    readonly state: FakeWorkbookState,
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  /** Queue an action for the next sync. */
  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Require an ExcelApi level (throws `ApiNotFound` at call time, as office.js does for a missing method). */
  requires(minor: number, what: string): void {
    if (minor > this.state.apiMinor) throw fakeError("ApiNotFound", `${what} needs ExcelApi 1.${minor}; this host has 1.${this.state.apiMinor}`);
  }

  /** A write on a sheet raises a change event after the sync, unless events are off at that point of the batch. */
  noteWrite(sheet: FakeSheet, r: Omit<RangeRef, "sheet">): void {
    if (!this.state.enableEvents) return;
    const args: FakeChangedArgs = {
      worksheetId: sheet.id,
      address: a1(r),
      source: "Local",
      changeType: "RangeEdited",
      type: "WorksheetChanged",
      ...(this.state.apiMinor >= 14 ? { triggerSource: "ThisLocalAddin" as const } : {}),
    };
    this.pendingEvents.push(() => this.state.fire(args));
  }

  /** An added sheet raises `worksheets.onAdded` after the sync, unless events are off. */
  noteAdded(sheet: FakeSheet): void {
    if (!this.state.enableEvents) return;
    const args: FakeAddedArgs = { worksheetId: sheet.id, source: "Local", type: "WorksheetAdded" };
    this.pendingEvents.push(() => this.state.deliver([...this.state.addedListeners], args));
  }

  async sync(): Promise<void> {
    this.state.syncCount++;
    const queue = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (this.state.bugs.syncDelayMs > 0) await new Promise((r) => setTimeout(r, this.state.bugs.syncDelayMs));
    if (this.state.cellEditing) {
      if (!this.delayForCellEdit || this.state.apiMinor < 5 || this.state.bugs.delayIgnored)
        throw fakeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      await this.state.cellEditEnded();
    }
    try {
      for (const action of queue) action();
    } finally {
      const events = this.pendingEvents;
      this.pendingEvents = [];
      // Excel delivers events after the batch, asynchronously.
      for (const e of events) setTimeout(() => void e(), 0);
    }
    if (this.state.bugs.replyDelayMs > 0) await new Promise((r) => setTimeout(r, this.state.bugs.replyDelayMs));
  }

  /** Track/untrack are no-ops here (no proxy limits). */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
}

/**
 * Base of every proxy: loaded properties are snapshotted at sync time and readable only then.
 * `isNullObject` is readable after the sync that resolved the object.
 */
class FakeClientObject<T> {
  private loaded = new Map<string, unknown>();
  private resolvedTarget: T | null | undefined = undefined;
  constructor(
    protected readonly ctx: FakeRequestContext,
    /** Resolves the object in the workbook at sync time: the target, `null` for a null object; throws for a missing item. */
    private readonly resolver: () => T | null,
  ) {
    // Like Office.js, getting an object is itself a queued request: a missing `getItem` fails the sync even if the
    // object is not used, and a `*OrNullObject` knows `isNullObject` after the next sync.
    ctx.enqueue(() => void this.target());
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  /** Resolve now (inside a sync action); cached for the life of the proxy, like Excel's object paths. */
  protected target(): T | null {
    if (this.resolvedTarget === undefined) this.resolvedTarget = this.resolver();
    return this.resolvedTarget;
  }

  /** The target of a non-null object, for actions that write (writes to a null object are no-ops). */
  protected whenResolved(f: (t: T) => void): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      if (t !== null) f(t);
    });
  }

  get isNullObject(): boolean {
    if (this.resolvedTarget === undefined)
      throw fakeError("PropertyNotLoaded", "The property 'isNullObject' is not available. Call context.sync() first.");
    return this.resolvedTarget === null;
  }

  /** Queue a load of properties (`"a,b"`, `["a"]`, `{ a: true }`); `items/x` loads a collection's items. */
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      props === undefined ? this.defaultProperties() : typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
    const names = list.map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => {
      const t = this.target();
      if (t === null) return;
      for (const p of names) this.loaded.set(p.split("/")[0], this.snapshot(t, p));
    });
    return this;
  }

  /** Fill a loaded property directly (a collection loading its items inside a sync). */
  setLoaded(prop: string, value: unknown): void {
    this.target();
    this.loaded.set(prop, value);
  }

  /** Resolve the proxy now; only inside a sync action. */
  resolveNow(): T | null {
    return this.target();
  }

  protected defaultProperties(): string[] {
    return [];
  }

  /** The value of a property of the target at sync time. */
  protected snapshot(_t: T, prop: string): unknown {
    throw fakeError("InvalidArgument", `The fake cannot load '${prop}'`);
  }

  /** Read a loaded property; throws like Excel when it was not loaded and synced. */
  protected loadedValue<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw fakeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as V;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

class FakeRuntime {
  constructor(private readonly ctx: FakeRequestContext) {}
  set enableEvents(on: boolean) {
    this.ctx.requires(8, "runtime.enableEvents");
    this.ctx.enqueue(() => {
      this.ctx.state.enableEvents = on;
    });
  }
  get enableEvents(): boolean {
    throw fakeError("PropertyNotLoaded", "The property 'enableEvents' is not available.");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }

  /** Workbook-wide selection events (1.2): neither sheet nor address. */
  get onSelectionChanged(): FakeEventSource {
    this.ctx.requires(2, "Workbook.onSelectionChanged");
    return new FakeEventSource(this.ctx, () => this.ctx.state.workbookSelectionListeners);
  }
}

/** Proxy event source: `add(handler)` registers at sync, returns a result whose `remove()` unregisters at sync. */
class FakeEventSource {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly set: () => Set<Listener> | null,
  ) {}
  add(handler: Listener) {
    const ctx = this.ctx;
    ctx.enqueue(() => this.set()?.add(handler));
    return {
      context: ctx,
      remove: () => ctx.enqueue(() => this.set()?.delete(handler)),
    };
  }
}

class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state);
  }
  private itemProxies: FakeWorksheet[] | null = null;

  protected override snapshot(state: FakeWorkbookState, prop: string): unknown {
    if (prop.split("/")[0] !== "items") return super.snapshot(state, prop);
    // Load the requested item properties into one proxy per sheet.
    const sub = prop.split("/").slice(1).join("/");
    this.itemProxies = state.sheets.map((s, i) => {
      const existing = this.itemProxies?.[i];
      const ws = existing && existing.sheetId === s.id ? existing : new FakeWorksheet(this.ctx, () => s, s.id);
      if (sub) ws.loadNow(s, sub);
      return ws;
    });
    return this.itemProxies;
  }

  get items(): FakeWorksheet[] {
    return this.loadedValue("items");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      created = this.ctx.state.addSheet(name);
      this.ctx.noteAdded(created);
    });
    return new FakeWorksheet(this.ctx, () => created ?? this.ctx.state.requireSheet(name));
  }

  get onChanged(): FakeEventSource {
    this.ctx.requires(9, "worksheets.onChanged");
    return new FakeEventSource(this.ctx, () => this.ctx.state.workbookListeners);
  }

  get onSelectionChanged(): FakeEventSource {
    this.ctx.requires(9, "worksheets.onSelectionChanged");
    return new FakeEventSource(this.ctx, () => this.ctx.state.selectionListeners);
  }

  get onAdded(): FakeEventSource {
    this.ctx.requires(7, "worksheets.onAdded");
    return new FakeEventSource(this.ctx, () => this.ctx.state.addedListeners);
  }
}

class FakeWorksheet extends FakeClientObject<FakeSheet> {
  constructor(
    ctx: FakeRequestContext,
    resolver: () => FakeSheet | null,
    readonly sheetId?: string,
  ) {
    super(ctx, resolver);
  }

  /** Load properties immediately (used by a collection's `items/…` load inside a sync). */
  loadNow(s: FakeSheet, props: string): void {
    for (const p of props.split(",")) {
      const name = p.replace(/^items\//, "").trim();
      this.setLoaded(name, this.snapshot(s, name));
    }
  }

  protected override snapshot(s: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return VISIBILITY_TO_EXCEL[this.ctx.state.grid.getVisibility(s.name)];
      default:
        return super.snapshot(s, prop);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.requires(2, "Worksheet.visibility (set)");
    this.whenResolved((s) => this.ctx.state.write({ op: "sheetVisibility", sheet: s.name, visibility: VISIBILITY_FROM_EXCEL[v] }));
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.loadedValue("visibility");
  }

  private sheetTarget(): FakeSheet {
    const s = this.target();
    if (!s) throw fakeError("ItemNotFound", "The worksheet does not exist (null object).");
    return s;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheetTarget();
      return { sheet: s, ref: wholeRowsOrColumns(address ?? "A1:XFD1048576", s.name) };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.requires(7, "Worksheet.getRangeByIndexes");
    return new FakeRange(this.ctx, () => {
      const s = this.sheetTarget();
      return { sheet: s, ref: { sheet: s.name, row, col, rows, cols } };
    });
  }

  getRanges(addresses: string): FakeRange {
    this.ctx.requires(9, "Worksheet.getRanges");
    return new FakeRange(this.ctx, () => {
      const s = this.sheetTarget();
      const areas = addresses.split(",").map((a) => a.trim());
      return { sheet: s, ref: parseA1(areas[0], s.name), areas };
    });
  }

  activate(): void {
    this.whenResolved((s) => {
      this.ctx.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      // Excel: "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
      // InvalidOperation exception" (Worksheet.delete).
      if (this.ctx.state.grid.getVisibility(this.sheetTarget().name) === "veryHidden") throw fakeError("InvalidOperation", "Cannot delete a VeryHidden worksheet.");
      this.ctx.state.deleteSheet(this.sheetTarget().name);
    });
  }

  /** `pageLayout` (1.9): paper, orientation and zoom are combined into the port's `pageSetup` at sync. */
  get pageLayout() {
    this.ctx.requires(9, "Worksheet.pageLayout");
    const setup: { paper?: string; orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number } } = {};
    const store = () =>
      this.whenResolved((s) => {
        if (setup.paper !== undefined && setup.paper !== "A4") throw fakeError("InvalidArgument", `The fake supports A4 only, not ${setup.paper}`);
        this.ctx.state.write({
          op: "pageSetup",
          sheet: s.name,
          setup: { paper: "A4", orientation: setup.orientation === "Landscape" ? "landscape" : "portrait", fitToWidth: setup.zoom?.horizontalFitToPages === 1 },
        });
      });
    return {
      set paperSize(v: string) {
        setup.paper = v;
        store();
      },
      set orientation(v: string) {
        setup.orientation = v;
        store();
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        setup.zoom = v;
        store();
      },
    };
  }

  get protection() {
    this.ctx.requires(2, "Worksheet.protection");
    return {
      protect: () => this.whenResolved((s) => this.ctx.state.write({ op: "protect", sheet: s.name })),
      unprotect: () => this.whenResolved((s) => this.ctx.state.write({ op: "unprotect", sheet: s.name })),
    };
  }

  get onChanged(): FakeEventSource {
    this.ctx.requires(7, "Worksheet.onChanged");
    return new FakeEventSource(this.ctx, () => this.listenersOf(this.ctx.state.sheetListeners));
  }

  get onSelectionChanged(): FakeEventSource {
    this.ctx.requires(7, "Worksheet.onSelectionChanged");
    return new FakeEventSource(this.ctx, () => this.listenersOf(this.ctx.state.sheetSelectionListeners));
  }

  private listenersOf(map: Map<string, Set<Listener>>): Set<Listener> | null {
    const s = this.target();
    if (!s) return null;
    let set = map.get(s.id);
    if (!set) map.set(s.id, (set = new Set()));
    return set;
  }
}

const VISIBILITY_TO_EXCEL = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const VISIBILITY_FROM_EXCEL = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** `B:B` and `5:5` (whole columns/rows) as blocks; anything else through parseA1. */
function wholeRowsOrColumns(address: string, sheet: string): RangeRef {
  const col = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (col) {
    const a = parseA1(`${col[1]}1`, sheet);
    const b = parseA1(`${col[2]}1`, sheet);
    return { sheet, row: 0, col: a.col, rows: 1048576, cols: b.col - a.col + 1 };
  }
  const row = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (row) return { sheet, row: Number(row[1]) - 1, col: 0, rows: Number(row[2]) - Number(row[1]) + 1, cols: 16384 };
  return parseA1(address, sheet);
}

interface RangeTarget {
  sheet: FakeSheet;
  ref: RangeRef;
  areas?: string[];
}

/** A format object whose property writes are queued as style operations on the range. */
function formatProxy(range: FakeRange, props: Record<string, (v: unknown) => CellStyle | "columnWidth" | "rowHeight">, children: Record<string, () => object> = {}): object {
  const o: Record<string, unknown> = {};
  for (const [p, toStyle] of Object.entries(props)) {
    Object.defineProperty(o, p, {
      set(v: unknown) {
        range.queueFormat(p, v, toStyle(v));
      },
      get() {
        throw fakeError("PropertyNotLoaded", `The property '${p}' is not available.`);
      },
      enumerable: true,
    });
  }
  for (const [name, make] of Object.entries(children)) Object.defineProperty(o, name, { get: make, enumerable: true });
  return o;
}

const ALIGN = { Left: "left", Center: "center", Right: "right", Top: "top", Bottom: "bottom" } as const;

/** Character units from Excel points (the inverse of office.ts `columnWidthPoints`). */
export function columnWidthCharacters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

class FakeRange extends FakeClientObject<RangeTarget> {
  protected override snapshot(t: RangeTarget, prop: string): unknown {
    const grid = this.ctx.state.grid;
    const each = <V>(f: (row: number, col: number) => V): V[][] =>
      Array.from({ length: t.ref.rows }, (_, i) => Array.from({ length: t.ref.cols }, (_, j) => f(t.ref.row + i, t.ref.col + j)));
    switch (prop) {
      case "address":
        return `${/^[A-Za-z0-9_]+$/.test(t.sheet.name) ? t.sheet.name : `'${t.sheet.name.replace(/'/g, "''")}'`}!${a1(t.ref)}`;
      case "values":
        return each((r, c) => grid.getValue(t.sheet.name, r, c) ?? "");
      case "formulas":
        return each((r, c) => grid.getFormula(t.sheet.name, r, c) ?? grid.getValue(t.sheet.name, r, c) ?? "");
      case "numberFormat":
        return each((r, c) => grid.getStyle(t.sheet.name, r, c).numberFormat ?? "General");
      case "rowIndex":
        return t.ref.row;
      case "columnIndex":
        return t.ref.col;
      case "rowCount":
        return t.ref.rows;
      case "columnCount":
        return t.ref.cols;
      default:
        return super.snapshot(t, prop);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.whenResolved((t) => {
      checkShape(t.ref, v, "values");
      refuseLocked(this.ctx.state, t.ref);
      const grid = this.ctx.state.grid;
      // Excel: null leaves a cell unchanged; "" clears it.
      const values = v.map((row, i) =>
        row.map((x, j) => (x === null || x === undefined ? grid.getValue(t.sheet.name, t.ref.row + i, t.ref.col + j) : x === "" ? null : (x as RawValue))),
      );
      this.ctx.state.write({ op: "values", range: t.ref, values });
      this.ctx.noteWrite(t.sheet, t.ref);
    });
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.whenResolved((t) => {
      checkShape(t.ref, v, "formulas");
      refuseLocked(this.ctx.state, t.ref);
      this.ctx.state.write({ op: "formulas", range: t.ref, formulas: v.map((row) => row.map((x) => (x === null ? "" : String(x)))) });
      this.ctx.noteWrite(t.sheet, t.ref);
    });
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.whenResolved((t) => {
      checkShape(t.ref, v, "numberFormat");
      v.forEach((row, i) =>
        row.forEach((x, j) =>
          this.ctx.state.write({ op: "style", range: { ...t.ref, row: t.ref.row + i, col: t.ref.col + j, rows: 1, cols: 1 }, style: { numberFormat: String(x) } }),
        ),
      );
    });
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  /** Queue one format property: a style on every cell, or a column width / row height. */
  queueFormat(prop: string, value: unknown, style: CellStyle | "columnWidth" | "rowHeight"): void {
    this.whenResolved((t) => {
      const state = this.ctx.state;
      if (style === "columnWidth") {
        for (let c = t.ref.col; c < t.ref.col + t.ref.cols; c++)
          state.write({ op: "columnWidth", sheet: t.sheet.name, col: c, width: columnWidthCharacters(value as number) });
      } else if (style === "rowHeight") {
        if (t.ref.rows > 10000) throw fakeError("InvalidArgument", `rowHeight on ${t.ref.rows} rows`);
        for (let r = t.ref.row; r < t.ref.row + t.ref.rows; r++) state.write({ op: "rowHeight", sheet: t.sheet.name, row: r, height: value as number });
      } else {
        if (t.ref.rows * t.ref.cols > 100000) throw fakeError("InvalidArgument", `The fake does not format ${prop} on whole rows or columns`);
        state.write({ op: "style", range: t.ref, style });
      }
    });
  }

  get format() {
    const border = (v: unknown): CellStyle => ({ border: v !== "None" });
    return formatProxy(
      this,
      {
        horizontalAlignment: (v) => ({ horizontal: ALIGN[v as "Left"] as CellStyle["horizontal"] }),
        verticalAlignment: (v) => ({ vertical: ALIGN[v as "Top"] as CellStyle["vertical"] }),
        wrapText: (v) => ({ wrap: Boolean(v) }),
        columnWidth: () => "columnWidth",
        rowHeight: () => "rowHeight",
      },
      {
        fill: () => formatProxy(this, { color: (v) => ({ fill: String(v) }) }),
        font: () =>
          formatProxy(this, {
            bold: (v) => ({ bold: Boolean(v) }),
            name: (v) => ({ fontName: String(v) }),
            size: (v) => ({ fontSize: Number(v) }),
            color: (v) => ({ fontColor: String(v) }),
          }),
        protection: () => {
          this.ctx.requires(2, "Range.format.protection");
          return formatProxy(this, { locked: (v) => ({ locked: Boolean(v) }) });
        },
        borders: () => ({
          getItem: (index: string) => {
            if (!/^(Edge(Top|Bottom|Left|Right)|Inside(Horizontal|Vertical)|Diagonal(Down|Up))$/.test(index))
              throw fakeError("InvalidArgument", `Unknown border index ${index}`);
            return formatProxy(this, { style: border, weight: () => ({}), color: () => ({}) });
          },
        }),
      },
    );
  }

  merge(across = false): void {
    this.ctx.requires(2, "Range.merge");
    this.whenResolved((t) => {
      if (across) for (let i = 0; i < t.ref.rows; i++) this.ctx.state.write({ op: "merge", range: { ...t.ref, row: t.ref.row + i, rows: 1 } });
      else this.ctx.state.write({ op: "merge", range: t.ref });
    });
  }

  select(): void {
    this.whenResolved((t) => {
      this.ctx.state.selection = { sheet: t.sheet.name, address: t.areas ? t.areas.join(",") : a1(t.ref) };
    });
  }

  get dataValidation() {
    this.ctx.requires(8, "Range.dataValidation");
    // Excel sets rule, prompt and alert separately; the fake stores the combined rule on the MemoryWorkbook.
    const self = this;
    const parts: { rule?: Record<string, { formula1: number | string; operator: string }>; prompt?: { title: string; message: string }; errorAlert?: { title: string; message: string } } = {};
    const store = () =>
      self.whenResolved((t) => {
        const [type, basic] = Object.entries(parts.rule ?? {})[0] ?? [];
        if (type !== "wholeNumber" && type !== "decimal") throw fakeError("InvalidArgument", `The fake supports wholeNumber/decimal rules, not ${type}`);
        if (basic.operator !== "GreaterThanOrEqualTo") throw fakeError("InvalidArgument", `The fake supports GreaterThanOrEqualTo, not ${basic.operator}`);
        const rule: ValidationRule = {
          type,
          min: Number(basic.formula1),
          promptTitle: parts.prompt?.title ?? "",
          prompt: parts.prompt?.message ?? "",
          errorTitle: parts.errorAlert?.title ?? "",
          error: parts.errorAlert?.message ?? "",
        };
        self.ctx.state.write({ op: "validation", range: t.ref, rule });
      });
    return {
      clear: () => undefined,
      set rule(rule: typeof parts.rule) {
        parts.rule = rule;
        store();
      },
      set prompt(prompt: typeof parts.prompt) {
        parts.prompt = prompt;
        store();
      },
      set errorAlert(alert: typeof parts.errorAlert) {
        parts.errorAlert = alert;
        store();
      },
    };
  }

  get conditionalFormats() {
    this.ctx.requires(6, "Range.conditionalFormats");
    return {
      add: (type: string) => {
        if (type !== "Custom") throw fakeError("InvalidArgument", `The fake supports only Custom conditional formats, not ${type}`);
        const cf = { formula: "", style: {} as { fill?: string; fontColor?: string; bold?: boolean } };
        // Queued now, run at sync: by then the caller has set the formula and format below.
        this.whenResolved((t) => {
          if (!cf.formula) throw fakeError("InvalidArgument", "A custom conditional format needs a formula.");
          this.ctx.state.write({ op: "conditionalFormat", range: t.ref, formula: cf.formula, style: cf.style });
        });
        return {
          custom: {
            rule: {
              set formula(f: string) {
                cf.formula = f;
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  cf.style.fill = v;
                },
              },
              font: {
                set color(v: string) {
                  cf.style.fontColor = v;
                },
                set bold(v: boolean) {
                  cf.style.bold = v;
                },
              },
            },
          },
        };
      },
    };
  }
}

/** A protected sheet refuses a write into any locked cell, as Excel does (`AccessDenied`). */
function refuseLocked(state: FakeWorkbookState, ref: RangeRef): void {
  if (!state.grid.isProtected(ref.sheet)) return;
  for (let r = ref.row; r < ref.row + ref.rows; r++)
    for (let c = ref.col; c < ref.col + ref.cols; c++)
      if (state.grid.isLocked(ref.sheet, r, c))
        throw fakeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${ref.sheet}'!${a1({ row: r, col: c, rows: 1, cols: 1 })}).`);
}

function checkShape(ref: RangeRef, v: unknown[][], what: string): void {
  if (v.length !== ref.rows || v.some((row) => row.length !== ref.cols))
    throw fakeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
}

class FakeNamedItemCollection extends FakeClientObject<FakeWorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state);
  }

  protected override snapshot(state: FakeWorkbookState, prop: string): unknown {
    if (prop.split("/")[0] !== "items") return super.snapshot(state, prop);
    return state.grid.getNames().map((n) => {
      const item = new FakeNamedItem(this.ctx, () => n.name);
      item.loadNow(n.name);
      return item;
    });
  }

  get items(): FakeNamedItem[] {
    return this.loadedValue("items");
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.ctx.requires(4, "names.add");
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      if (state.grid.getNames().some((n) => n.name.toUpperCase() === name.toUpperCase()))
        throw fakeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      let ref: RangeRef;
      if (typeof reference === "string") {
        ref = parseA1(reference.replace(/^=/, ""));
        state.requireSheet(ref.sheet);
      } else {
        const t = reference.resolveNow();
        if (!t) throw fakeError("InvalidArgument", "The range does not exist.");
        ref = t.ref;
      }
      state.write({ op: "name", name, range: ref });
    });
    return new FakeNamedItem(this.ctx, () => name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.state.grid.getNames().find((x) => x.name.toUpperCase() === name.toUpperCase());
      if (!n) throw fakeError("ItemNotFound", `The name '${name}' does not exist.`);
      return n.name;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.requires(4, "names.getItemOrNullObject");
    return new FakeNamedItem(this.ctx, () => this.ctx.state.grid.getNames().find((x) => x.name.toUpperCase() === name.toUpperCase())?.name ?? null);
  }
}

class FakeNamedItem extends FakeClientObject<string> {
  loadNow(name: string): void {
    this.setLoaded("name", name);
  }

  protected override snapshot(name: string, prop: string): unknown {
    if (prop === "name") return name;
    if (prop === "value" || prop === "formula") {
      const r = this.ctx.state.nameRange(name);
      return r ? `=${r.sheet}!${a1(r)}` : "=#REF!";
    }
    return super.snapshot(name, prop);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  private rangeOf(name: string | null, orNull: boolean): RangeTarget | null {
    if (name === null) return null;
    const r = this.ctx.state.nameRange(name);
    if (!r) {
      if (orNull) return null;
      throw fakeError("InvalidReference", `The name '${name}' does not refer to a range.`);
    }
    return { sheet: this.ctx.state.requireSheet(r.sheet), ref: r };
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.rangeOf(this.target(), false));
  }

  getRangeOrNullObject(): FakeRange {
    this.ctx.requires(4, "NamedItem.getRangeOrNullObject");
    return new FakeRange(this.ctx, () => this.rangeOf(this.target(), true));
  }

  delete(): void {
    this.ctx.requires(4, "NamedItem.delete");
    this.ctx.enqueue(() => {
      const n = this.target();
      if (n !== null) this.ctx.state.grid.deleteName(n);
    });
  }
}

// ───────────────────────────── the globals ─────────────────────────────

/** What `installFakeOffice` puts on the target: `Excel`, `Office`, `OfficeExtension`, and the state for tests. */
export interface FakeOfficeGlobals {
  Excel: { run: (...args: unknown[]) => Promise<unknown>; BorderIndex: Record<string, string> };
  Office: {
    onReady: (cb?: (info: { host: string; platform: string }) => void) => Promise<{ host: string; platform: string }>;
    context: { requirements: { isSetSupported: (name: string, version?: string) => boolean }; diagnostics: { version: string } };
    HostType: { Excel: string };
  };
  OfficeExtension: { Error: typeof FakeOfficeError };
  __fakeExcel: FakeWorkbookState;
}

/**
 * Install the fake `Excel`, `Office` and `OfficeExtension` globals on `target` (`globalThis` in Jest, `window` in a
 * page), backed by `state` (a new workbook with one sheet `Sheet1` and ExcelApi 1.14 when omitted).
 * @returns the workbook state, also reachable as `target.__fakeExcel`.
 */
export function installFakeOffice(target: object, state: FakeWorkbookState = new FakeWorkbookState()): FakeWorkbookState {
  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1] as (ctx: FakeRequestContext) => Promise<unknown>;
    const given = args.length > 1 ? (args[0] as { context?: FakeRequestContext; delayForCellEdit?: boolean } | FakeRequestContext) : undefined;
    const ctx =
      given instanceof FakeRequestContext
        ? given
        : given && given.context instanceof FakeRequestContext
          ? given.context
          : new FakeRequestContext(state, given?.delayForCellEdit === true);
    return batch(ctx);
  };
  const info = { host: "Excel", platform: "PC" };
  const globals: FakeOfficeGlobals = {
    Excel: {
      run,
      BorderIndex: {
        edgeTop: "EdgeTop",
        edgeBottom: "EdgeBottom",
        edgeLeft: "EdgeLeft",
        edgeRight: "EdgeRight",
        insideVertical: "InsideVertical",
        insideHorizontal: "InsideHorizontal",
      },
    },
    Office: {
      onReady: (cb) => {
        cb?.(info);
        return Promise.resolve(info);
      },
      context: {
        requirements: { isSetSupported: (name, version) => name === "ExcelApi" && state.supports(version ?? "1.1") },
        diagnostics: { version: "16.0.fake" },
      },
      HostType: { Excel: "Excel" },
    },
    OfficeExtension: { Error: FakeOfficeError },
    __fakeExcel: state,
  };
  Object.assign(target, globals);
  return state;
}
