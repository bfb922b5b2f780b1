package com.outsidein.store;

import org.jooq.DSLContext;

/** One transaction's view of the workspace: its repositories, all bound to that transaction. */
public final class Tx {

  private final DSLContext ctx;

  Tx(DSLContext ctx) {
    this.ctx = ctx;
  }

  /** The transaction's jOOQ context, for the store's own use. */
  DSLContext ctx() {
    return ctx;
  }

  public PropertyRepository properties() {
    return new PropertyRepository(ctx);
  }

  public DimensionRepository dimensions() {
    return new DimensionRepository(ctx);
  }

  public TeamMemberRepository teamMembers() {
    return new TeamMemberRepository(ctx);
  }

  public AccountRepository accounts() {
    return new AccountRepository(ctx);
  }

  public MetricRepository metrics() {
    return new MetricRepository(ctx);
  }

  public PersonRepository people() {
    return new PersonRepository(ctx);
  }

  public StudyRepository studies() {
    return new StudyRepository(ctx);
  }

  public InterviewRepository interviews() {
    return new InterviewRepository(ctx);
  }

  public ObservationRepository observations() {
    return new ObservationRepository(ctx);
  }

  public CodeRepository codes() {
    return new CodeRepository(ctx);
  }

  public InsightRepository insights() {
    return new InsightRepository(ctx);
  }

  public CanvasRepository canvases() {
    return new CanvasRepository(ctx);
  }

  public TextScrubber scrubber() {
    return new TextScrubber(ctx);
  }

  public ImportBatchRepository importBatches() {
    return new ImportBatchRepository(ctx);
  }

  public ImportWriter importWriter() {
    return new ImportWriter(ctx);
  }

  public CanvasVersionRepository canvasVersions() {
    return new CanvasVersionRepository(ctx);
  }

  public SearchTexts searchTexts() {
    return new SearchTexts(ctx);
  }

  public CountsQuery counts() {
    return new CountsQuery(ctx);
  }

  public SynthesisQueries synthesis() {
    return new SynthesisQueries(ctx);
  }

  public AttributedObservationQueries attributedObservations() {
    return new AttributedObservationQueries(ctx);
  }

  public ReportQueries reports() {
    return new ReportQueries(ctx);
  }

  public ExchangeQueries exchange() {
    return new ExchangeQueries(ctx);
  }
}
