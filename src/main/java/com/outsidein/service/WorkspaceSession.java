package com.outsidein.service;

import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.store.Workspace;
import java.nio.file.Path;

/**
 * An open workspace and the use cases that work on it. Opening one locks its file against other
 * processes until it is closed.
 */
public final class WorkspaceSession implements AutoCloseable {

  static final String KIND_PROPERTY = "workspace.kind";
  static final String SAMPLE_KIND = "sample";

  private final Workspace workspace;
  private final WorkspaceEvents events = new WorkspaceEvents();
  private final UndoHistory history;
  private final Writes writes;
  private final BackupService backups;
  private final StudyService studies;
  private final PeopleService people;
  private final TeamService team;
  private final DimensionService dimensions;
  private final InterviewService interviews;
  private final ObservationService observations;
  private final CodebookService codebook;
  private final InsightService insights;
  private final CanvasService canvases;
  private final SynthesisService synthesis;
  private final ReportService reports;
  private final SearchService search;
  private final ImportService imports;
  private final ExchangeService exchange;
  private final MetricService metrics;

  private WorkspaceSession(Workspace workspace) {
    this.workspace = workspace;
    this.history = new UndoHistory(workspace, events);
    this.writes = new Writes(workspace, events, history);
    this.backups = new BackupService(workspace);
    this.studies = new StudyService(writes);
    this.people = new PeopleService(writes);
    this.team = new TeamService(writes);
    this.dimensions = new DimensionService(writes);
    this.interviews = new InterviewService(writes);
    this.observations = new ObservationService(writes);
    this.codebook = new CodebookService(writes);
    this.insights = new InsightService(writes);
    this.canvases = new CanvasService(writes);
    this.synthesis = new SynthesisService(workspace);
    this.reports = new ReportService(workspace);
    this.search = new SearchService(workspace, events);
    this.imports = new ImportService(writes, backups::importWritten);
    this.exchange = new ExchangeService(writes);
    this.metrics = new MetricService(writes);
  }

  /** A session on a workspace opened elsewhere (tests open one on a simulated disk). */
  static WorkspaceSession of(Workspace workspace) {
    return new WorkspaceSession(workspace);
  }

  /** Opens an existing workspace; a missing one is an error, never created. */
  public static WorkspaceSession open(Path file) {
    return new WorkspaceSession(Workspace.open(file));
  }

  /** Opens a workspace that may be encrypted (password null when it is not). */
  public static WorkspaceSession open(Path file, char[] password) {
    return new WorkspaceSession(Workspace.open(file, password));
  }

  /**
   * The database file of the workspace the person named, with or without {@code .mv.db}; a folder
   * is refused.
   */
  public static Path fileOf(Path named) {
    return com.outsidein.store.WorkspaceFiles.databaseFile(named);
  }

  /** Whether the workspace file is encrypted, so opening it needs a password. */
  public static boolean isEncrypted(Path file) {
    return com.outsidein.store.WorkspaceFiles.isEncrypted(
        com.outsidein.store.WorkspaceFiles.databaseFile(file));
  }

  /** Creates a new, empty workspace; an existing file is refused. */
  public static WorkspaceSession create(Path file) {
    return new WorkspaceSession(Workspace.create(file));
  }

  /** Creates a new workspace, encrypted when a password is given. */
  public static WorkspaceSession create(Path file, char[] password) {
    return new WorkspaceSession(Workspace.create(file, password));
  }

  public boolean isEncrypted() {
    return isEncrypted(workspace.file());
  }

  public Path file() {
    return workspace.file();
  }

  public String name() {
    return workspace.name();
  }

  public boolean isSample() {
    return workspace
        .read(tx -> tx.properties().get(KIND_PROPERTY))
        .map(SAMPLE_KIND::equals)
        .orElse(false);
  }

  /** Marks this workspace as the sample, so its window says so. */
  public void markAsSample() {
    workspace.update(tx -> tx.properties().put(KIND_PROPERTY, SAMPLE_KIND));
  }

  public WorkspaceCounts counts() {
    return workspace.read(tx -> tx.counts().counts(workspace.migration().toVersion()));
  }

  public WorkspaceEvents events() {
    return events;
  }

  Writes writes() {
    return writes;
  }

  /** Backups of this workspace: make one now, list them. */
  public BackupService backups() {
    return backups;
  }

  /** Undo and redo of the changes made in this session. */
  public UndoHistory history() {
    return history;
  }

  public StudyService studies() {
    return studies;
  }

  public PeopleService people() {
    return people;
  }

  public TeamService team() {
    return team;
  }

  public DimensionService dimensions() {
    return dimensions;
  }

  public InterviewService interviews() {
    return interviews;
  }

  public ObservationService observations() {
    return observations;
  }

  public CodebookService codebook() {
    return codebook;
  }

  public InsightService insights() {
    return insights;
  }

  public CanvasService canvases() {
    return canvases;
  }

  public SynthesisService synthesis() {
    return synthesis;
  }

  public ReportService reports() {
    return reports;
  }

  public SearchService search() {
    return search;
  }

  /** Imports of observation and people files, and their removal. */
  public ImportService imports() {
    return imports;
  }

  /** What REFI-QDA exchange files carry out of the workspace and into it. */
  public ExchangeService exchange() {
    return exchange;
  }

  /** The metrics the team follows per account, and their values. */
  public MetricService metrics() {
    return metrics;
  }

  @Override
  public void close() {
    workspace.close();
  }
}
