/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Catalogue {\n    plans {\n      ...PlanFields\n    }\n    metrics {\n      ...MetricFields\n    }\n    provinces {\n      ...ProvinceFields\n    }\n  }\n': typeof types.CatalogueDocument;
  '\n  fragment ProvinceFields on Province {\n    code\n    nameVi\n    nameEn\n    type\n    region\n    regionEn\n  }\n': typeof types.ProvinceFieldsFragmentDoc;
  '\n  fragment MetricFields on Metric {\n    key\n    labelVi\n    shortLabelVi\n    labelEn\n    shortLabelEn\n    unit\n    unitVi\n    higherIsBetter\n    appendix\n  }\n': typeof types.MetricFieldsFragmentDoc;
  '\n  fragment PlanFields on Plan {\n    id\n    title\n    issuingDocument\n    issuedOn\n    periodStart\n    periodEnd\n    reportDates\n    latestReportDateWithData\n    hasSyntheticActuals\n    unitSet\n    synthetic\n  }\n': typeof types.PlanFieldsFragmentDoc;
  '\n  fragment ProvinceAttainmentFields on ProvinceAttainment {\n    province {\n      ...ProvinceFields\n    }\n    metric\n    asOf\n    target\n    targetToDate\n    actual\n    reportDate\n    attainmentToDate\n    attainmentOfPeriod\n    timeElapsed\n    onTrack\n    requiredPacePerDay\n    requiredPacePerMonth\n    projectedAttainment\n    rank\n    unitCount\n    status\n    synthetic\n    source\n    previousReportDate\n    previousRank\n    rankChange\n    basis\n    figure\n    reference\n    ratioToReference\n    band\n    bandLabel\n    stale\n    pending {\n      value\n      reportDate\n      submittedAt\n      submissionId\n    }\n  }\n': typeof types.ProvinceAttainmentFieldsFragmentDoc;
  '\n  fragment DataQualityWarningFields on DataQualityWarning {\n    kind\n    province {\n      ...ProvinceFields\n    }\n    metric\n    reportDate\n    value\n    previousValue\n    periodTotal\n    message\n    source\n    detectedAt\n  }\n': typeof types.DataQualityWarningFieldsFragmentDoc;
  '\n  fragment LatePaymentReferenceFields on LatePaymentReference {\n    label\n    labelEn\n    asOf\n    ratio\n  }\n': typeof types.LatePaymentReferenceFieldsFragmentDoc;
  '\n  fragment ArrearsBucketFigureFields on ArrearsBucketFigure {\n    bucket\n    labelVi\n    labelEn\n    actionVi\n    actionEn\n    amount\n    employers\n  }\n': typeof types.ArrearsBucketFigureFieldsFragmentDoc;
  '\n  fragment ImportRefusalFields on ImportRefusal {\n    reason\n    message\n    messageVi\n    problemCount\n    problems {\n      kind\n      file\n      row\n      column\n      columnNumber\n      value\n      message\n      messageVi\n      fix\n      fixVi\n    }\n  }\n': typeof types.ImportRefusalFieldsFragmentDoc;
  '\n  fragment AccountFields on Account {\n    login\n    displayName\n    role\n    provinceCode\n    kind\n    passwordSet\n    identityProviderLinked\n    disabled\n    lockedUntil\n    createdAt\n    createdBy\n  }\n': typeof types.AccountFieldsFragmentDoc;
  '\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n    provinces {\n      code\n      nameVi\n    }\n  }\n': typeof types.AccountsDocument;
  '\n  mutation CreateAccount($login: String!, $displayName: String!, $role: Role!, $provinceCode: String) {\n    createAccount(login: $login, displayName: $displayName, role: $role, provinceCode: $provinceCode) {\n      account {\n        ...AccountFields\n      }\n      signInLink\n      linkExpiresAt\n    }\n  }\n': typeof types.CreateAccountDocument;
  '\n  mutation UpdateAccount(\n    $login: String!\n    $displayName: String\n    $role: Role\n    $provinceCode: String\n    $disabled: Boolean\n  ) {\n    updateAccount(\n      login: $login\n      displayName: $displayName\n      role: $role\n      provinceCode: $provinceCode\n      disabled: $disabled\n    ) {\n      ...AccountFields\n    }\n  }\n': typeof types.UpdateAccountDocument;
  '\n  mutation ResetPassword($login: String!) {\n    resetPassword(login: $login) {\n      account {\n        ...AccountFields\n      }\n      signInLink\n      linkExpiresAt\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  fragment AlertSettingsFields on AlertSettings {\n    kinds\n    availableKinds\n    email\n    digest\n    language\n    emailAvailable\n    version\n    setAt\n  }\n': typeof types.AlertSettingsFieldsFragmentDoc;
  '\n  query MyAlertSettings {\n    myAlertSettings {\n      ...AlertSettingsFields\n    }\n  }\n': typeof types.MyAlertSettingsDocument;
  '\n  mutation SetMyAlertSettings($kinds: [AlertKind!]!, $digest: DigestChoice!, $email: String, $language: String!) {\n    setMyAlertSettings(kinds: $kinds, digest: $digest, email: $email, language: $language) {\n      ...AlertSettingsFields\n    }\n  }\n': typeof types.SetMyAlertSettingsDocument;
  '\n  fragment AlertThresholdsFields on AlertThresholds {\n    planId\n    version\n    rankDrop\n    paceMultiple\n    latePaymentRatio\n    approvalWaitDays\n    inherited\n    setAt\n    setBy\n    note\n  }\n': typeof types.AlertThresholdsFieldsFragmentDoc;
  '\n  query AlertThresholds($planId: String) {\n    alertThresholds(planId: $planId) {\n      ...AlertThresholdsFields\n    }\n    alertThresholdHistory(planId: $planId) {\n      version\n      rankDrop\n      paceMultiple\n      latePaymentRatio\n      approvalWaitDays\n      setAt\n      setBy\n      note\n    }\n  }\n': typeof types.AlertThresholdsDocument;
  '\n  mutation SetAlertThresholds(\n    $note: String!\n    $planId: String\n    $rankDrop: Int\n    $paceMultiple: Float\n    $latePaymentRatio: Float\n    $approvalWaitDays: Int\n  ) {\n    setAlertThresholds(\n      note: $note\n      planId: $planId\n      rankDrop: $rankDrop\n      paceMultiple: $paceMultiple\n      latePaymentRatio: $latePaymentRatio\n      approvalWaitDays: $approvalWaitDays\n    ) {\n      ...AlertThresholdsFields\n    }\n  }\n': typeof types.SetAlertThresholdsDocument;
  '\n  query AlertMessages($first: Int!, $offset: Int!) {\n    alertMessages(first: $first, offset: $offset) {\n      id\n      channel\n      recipient\n      address\n      slot\n      subject\n      alertCount\n      state\n      stateAt\n      detail\n      attempts\n    }\n  }\n': typeof types.AlertMessagesDocument;
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    label\n    role\n    provinceCode\n    accountLogin\n    createdAt\n    createdBy\n    expiresAt\n    revokedAt\n    active\n  }\n': typeof types.ApiTokenFieldsFragmentDoc;
  '\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n    provinces {\n      code\n      nameVi\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  query TokenAccounts {\n    accounts {\n      login\n      displayName\n      role\n      provinceCode\n      disabled\n    }\n  }\n': typeof types.TokenAccountsDocument;
  '\n  mutation CreateApiToken($label: String!, $expiresInDays: Int, $role: Role, $provinceCode: String, $forLogin: String) {\n    createApiToken(\n      label: $label\n      expiresInDays: $expiresInDays\n      role: $role\n      provinceCode: $provinceCode\n      forLogin: $forLogin\n    ) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  query ReportSubmissions($planId: String!, $state: ApprovalState, $province: String, $first: Int!) {\n    reportSubmissions(planId: $planId, state: $state, province: $province, first: $first) {\n      edges {\n        node {\n          id\n          planId\n          province {\n            code\n            nameVi\n          }\n          source\n          submittedAt\n          submittedBy\n          submittedByRole\n          state\n          approvalRequired\n          decidedAt\n          decidedBy\n          reason\n          canDecide\n          figures {\n            provinceCode\n            metric\n            reportDate\n            value\n          }\n          warnings {\n            ...DataQualityWarningFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportSubmissionsDocument;
  '\n  fragment DecisionFields on ReportSubmission {\n    id\n    state\n    decidedAt\n    decidedBy\n    reason\n  }\n': typeof types.DecisionFieldsFragmentDoc;
  '\n  mutation ApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      ...DecisionFields\n    }\n  }\n': typeof types.ApproveReportDocument;
  '\n  mutation RejectReport($id: ID!, $reason: String!) {\n    rejectReport(id: $id, reason: $reason) {\n      ...DecisionFields\n    }\n  }\n': typeof types.RejectReportDocument;
  '\n  query AuditLog($first: Int!, $after: String, $action: String, $actor: String) {\n    auditLog(first: $first, after: $after, action: $action, actor: $actor) {\n      edges {\n        node {\n          id\n          at\n          actor\n          actorRole\n          via\n          origin\n          action\n          target\n          outcome\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query ComplianceDataRange {\n    complianceDataRange {\n      from\n      to\n    }\n  }\n': typeof types.ComplianceDataRangeDocument;
  '\n  query ComplianceFunnel($asOf: LocalDate!, $province: String) {\n    complianceFunnel(asOf: $asOf, province: $province) {\n      asOf\n      province {\n        code\n        nameVi\n      }\n      cases\n      overdue\n      registered\n      partlyRegistered\n      closed\n      workersRegistered\n      shouldBeInspected\n      synthetic\n      steps {\n        step\n        form\n        reached\n        conversion\n        medianDays\n        doneInWindow\n      }\n      window {\n        from\n        to\n        casesOpened\n        conferencesHeld\n        registered\n        partlyRegistered\n        closed\n        contributionRecovered\n      }\n    }\n  }\n': typeof types.ComplianceFunnelDocument;
  '\n  fragment ComplianceCaseRowFields on ComplianceCase {\n    id\n    taxCode\n    employerName\n    district\n    listKind\n    workers\n    synthetic\n    province {\n      code\n      nameVi\n    }\n    next {\n      step\n      from\n      deadline\n      overdue\n    }\n    outcome {\n      kind\n      on\n    }\n    arrears {\n      overdue\n    }\n  }\n': typeof types.ComplianceCaseRowFieldsFragmentDoc;
  '\n  query ComplianceCases(\n    $asOf: LocalDate!\n    $province: String\n    $overdueOnly: Boolean!\n    $waitingFor: ComplianceStep\n    $open: Boolean\n    $search: String\n    $dueBy: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    complianceCases(\n      asOf: $asOf\n      province: $province\n      overdueOnly: $overdueOnly\n      waitingFor: $waitingFor\n      open: $open\n      search: $search\n      dueBy: $dueBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ComplianceCaseRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ComplianceCasesDocument;
  '\n  fragment ComplianceCaseFields on ComplianceCase {\n    id\n    taxCode\n    employerName\n    address\n    district\n    listKind\n    workers\n    listings\n    openedOn\n    synthetic\n    province {\n      code\n      nameVi\n    }\n    next {\n      step\n      from\n      deadline\n      overdue\n    }\n    steps {\n      step\n      on\n      form\n      document\n      deadline\n      daysLate\n    }\n    outcome {\n      kind\n      on\n      workersRegistered\n      contributionRecovered\n      document\n    }\n    arrears {\n      employerId\n      overdue\n      bucket\n      oldestOverdueMonth\n    }\n  }\n': typeof types.ComplianceCaseFieldsFragmentDoc;
  '\n  query ComplianceCase($id: ID!, $asOf: LocalDate) {\n    complianceCase(id: $id, asOf: $asOf) {\n      ...ComplianceCaseFields\n    }\n  }\n': typeof types.ComplianceCaseDocument;
  '\n  mutation RecordComplianceStep($caseId: ID!, $step: ComplianceStep!, $on: LocalDate!, $document: String) {\n    recordComplianceStep(caseId: $caseId, step: $step, on: $on, document: $document) {\n      ...ComplianceCaseFields\n    }\n  }\n': typeof types.RecordComplianceStepDocument;
  '\n  mutation RecordComplianceOutcome(\n    $caseId: ID!\n    $outcome: ComplianceOutcome!\n    $on: LocalDate!\n    $workersRegistered: Int!\n    $contributionRecovered: Float!\n    $document: String\n  ) {\n    recordComplianceOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      on: $on\n      workersRegistered: $workersRegistered\n      contributionRecovered: $contributionRecovered\n      document: $document\n    ) {\n      ...ComplianceCaseFields\n    }\n  }\n': typeof types.RecordComplianceOutcomeDocument;
  '\n  query EmployersToInspect($province: String!, $asOf: LocalDate, $first: Int!, $after: String) {\n    employersInArrears(province: $province, asOf: $asOf, toInspect: true, first: $first, after: $after) {\n      totalCount\n      totalOverdue\n      edges {\n        cursor\n        node {\n          employer {\n            id\n            taxCode\n            name\n            district\n            synthetic\n          }\n          overdue\n          oldestOverdueMonth\n          ageMonths\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.EmployersToInspectDocument;
  '\n  fragment Report08ktFiguresFields on Report08ktFigures {\n    employersListed\n    workersListed\n    noticesSent\n    conferencesHeld\n    employersAtConferences\n    inspectionsDone\n    specialisedInspections\n    policeReferrals\n    employersRegistered\n    workersRegistered\n    contributionRecovered\n  }\n': typeof types.Report08ktFiguresFieldsFragmentDoc;
  '\n  query ComplianceReport08($reportDate: LocalDate!, $province: String) {\n    complianceReport08(reportDate: $reportDate, province: $province) {\n      from\n      reportDate\n      yearFrom\n      synthetic\n      rows {\n        province {\n          code\n          nameVi\n        }\n        overdue\n        period {\n          ...Report08ktFiguresFields\n        }\n        yearToDate {\n          ...Report08ktFiguresFields\n        }\n      }\n    }\n  }\n': typeof types.ComplianceReport08Document;
  '\n  query ComplianceReportOffer($planId: String!, $province: String!, $reportDate: LocalDate!) {\n    complianceReportOffer(planId: $planId, province: $province, reportDate: $reportDate) {\n      planId\n      from\n      reportDate\n      synthetic\n      province {\n        code\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n': typeof types.ComplianceReportOfferDocument;
  '\n  mutation ImportComplianceList(\n    $files: [PlanFileInput!]!\n    $kind: ComplianceListKind!\n    $receivedOn: LocalDate!\n    $enteredOn: LocalDate\n  ) {\n    importComplianceList(files: $files, kind: $kind, receivedOn: $receivedOn, enteredOn: $enteredOn) {\n      __typename\n      ... on ComplianceListImportResult {\n        rows\n        casesOpened\n        casesContinued\n        caseIds\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n': typeof types.ImportComplianceListDocument;
  '\n  mutation ImportComplianceSteps($files: [PlanFileInput!]!) {\n    importComplianceSteps(files: $files) {\n      __typename\n      ... on ComplianceStepsImportResult {\n        steps\n        outcomes\n        cases\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n': typeof types.ImportComplianceStepsDocument;
  '\n  query LatePayment($asOf: LocalDate, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      previousAsOf\n      ledgerFrom\n      ledgerTo\n      ledgerUnitSet\n      unitSet\n      synthetic\n      national {\n        receivable\n        overdue\n        ratio\n        band\n        bandLabel\n        employers\n        employersInArrears\n        buckets {\n          ...ArrearsBucketFigureFields\n        }\n      }\n      provinces {\n        province {\n          ...ProvinceFields\n          predecessors {\n            code\n            nameVi\n          }\n        }\n        rank\n        previousRank\n        rankChange\n        receivable\n        overdue\n        ratio\n        band\n        bandLabel\n        employers\n        employersInArrears\n        buckets {\n          ...ArrearsBucketFigureFields\n        }\n      }\n      references {\n        ...LatePaymentReferenceFields\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n': typeof types.LatePaymentDocument;
  '\n  query LatePaymentTrend {\n    latePaymentTrend {\n      month\n      asOf\n      receivable\n      overdue\n      ratio\n    }\n  }\n': typeof types.LatePaymentTrendDocument;
  '\n  query EmployersInArrears($province: String!, $asOf: LocalDate, $bucket: ArrearsBucket, $first: Int!, $after: String) {\n    employersInArrears(province: $province, asOf: $asOf, bucket: $bucket, first: $first, after: $after) {\n      totalCount\n      totalOverdue\n      edges {\n        cursor\n        node {\n          employer {\n            id\n            name\n            district\n            ownership\n            workers\n            synthetic\n          }\n          receivable\n          overdue\n          oldestOverdueMonth\n          ageMonths\n          bucket\n          actionVi\n          actionEn\n          byBucket {\n            ...ArrearsBucketFigureFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.EmployersInArrearsDocument;
  '\n  query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!, $language: String!) {\n    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly, language: $language) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        date\n        planId\n        provinceCode\n        metric\n        subject\n        body\n        link\n        raisedAt\n        readAt\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  query NotificationCount {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n': typeof types.NotificationCountDocument;
  '\n  mutation MarkNotificationRead($id: String!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n': typeof types.MarkNotificationReadDocument;
  '\n  query CoverageYears {\n    coverageYears {\n      year\n      unitSet\n      unitCount\n      synthetic\n    }\n  }\n': typeof types.CoverageYearsDocument;
  '\n  fragment CoverageGoalFields on CoverageGoal {\n    kind\n    year\n    ratio\n    comparison\n    text\n    textEn\n    document\n    note\n  }\n': typeof types.CoverageGoalFieldsFragmentDoc;
  '\n  query OverviewCoverage($year: Int!, $unitSet: UnitSet!, $rankBy: CoverageKind!) {\n    coverage(year: $year, unitSet: $unitSet, rankBy: $rankBy) {\n      year\n      unitSet\n      storedUnitSet\n      unitCount\n      synthetic\n      sources\n      national {\n        siParticipants\n        labourForce\n        siCoverage\n        siGapToGoal\n        siMeetsGoal\n        hiParticipants\n        population\n        hiCoverage\n        hiGapToGoal\n        hiMeetsGoal\n      }\n      siGoal {\n        ...CoverageGoalFields\n      }\n      hiGoal {\n        ...CoverageGoalFields\n      }\n      goals {\n        ...CoverageGoalFields\n      }\n      references {\n        kind\n        asOf\n        participants\n        ratio\n        label\n        labelEn\n        document\n      }\n      provinces {\n        province {\n          code\n          nameVi\n        }\n        siCoverage\n        siRank\n        siGapToGoal\n        siMeetsGoal\n        hiCoverage\n        hiRank\n        hiGapToGoal\n        hiMeetsGoal\n      }\n    }\n  }\n': typeof types.OverviewCoverageDocument;
  '\n  query OverviewMetric($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis!, $unitSet: UnitSet!) {\n    attainment(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {\n      province {\n        code\n        nameVi\n        region\n        regionEn\n      }\n      status\n      figure\n      reference\n      ratioToReference\n      band\n      stale\n      reportDate\n      rank\n      actual\n      target\n      targetToDate\n      synthetic\n      unitCount\n    }\n    nationalAttainmentHistory(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {\n      asOf\n      figure\n      reference\n      band\n      actual\n      synthetic\n    }\n  }\n': typeof types.OverviewMetricDocument;
  '\n  query OverviewScores($planId: String!, $asOf: LocalDate, $unitSet: UnitSet!) {\n    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      settings {\n        version\n        onTrack\n        atRisk\n        latePaymentAtRisk\n        latePaymentReference\n        compositeCap\n        weights {\n          metric\n          weight\n        }\n      }\n      provinces {\n        province {\n          code\n        }\n        score\n        rank\n        band\n        missing\n        stale\n      }\n    }\n  }\n': typeof types.OverviewScoresDocument;
  '\n  query OverviewLatePayment($asOf: LocalDate, $planId: String, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, planId: $planId, unitSet: $unitSet) {\n      asOf\n      ledgerFrom\n      ledgerTo\n      synthetic\n      national {\n        ratio\n        band\n      }\n      provinces {\n        province {\n          code\n        }\n        ratio\n        band\n        rank\n        overdue\n        receivable\n      }\n      references {\n        ...LatePaymentReferenceFields\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n': typeof types.OverviewLatePaymentDocument;
  '\n  query OverviewPendingReports($planId: String!) {\n    reportSubmissions(planId: $planId, state: PENDING, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.OverviewPendingReportsDocument;
  '\n  query PlanSettingsReference {\n    plans {\n      id\n      title\n      synthetic\n    }\n    metrics {\n      key\n      shortLabelVi\n      shortLabelEn\n    }\n  }\n': typeof types.PlanSettingsReferenceDocument;
  '\n  fragment PlanSettingsFields on PlanSettings {\n    planId\n    version\n    onTrack\n    atRisk\n    latePaymentAtRisk\n    compositeCap\n    latePaymentReference\n    weights {\n      metric\n      weight\n    }\n    setAt\n    setBy\n    note\n  }\n': typeof types.PlanSettingsFieldsFragmentDoc;
  '\n  query PlanSettings($planId: String!) {\n    planSettings(planId: $planId) {\n      ...PlanSettingsFields\n    }\n    planSettingsHistory(planId: $planId) {\n      ...PlanSettingsFields\n    }\n  }\n': typeof types.PlanSettingsDocument;
  '\n  mutation SetPlanSettings($planId: String!, $settings: PlanSettingsInput!) {\n    setPlanSettings(planId: $planId, settings: $settings) {\n      ...PlanSettingsFields\n    }\n  }\n': typeof types.SetPlanSettingsDocument;
  '\n  query Plans {\n    plans {\n      ...PlanFields\n      issuer\n      latestVersion\n      versions {\n        version\n        contentHash\n        importedAt\n        importedBy\n        source\n      }\n    }\n    metrics {\n      ...MetricFields\n    }\n  }\n': typeof types.PlansDocument;
  '\n  fragment ReconciliationFields on PlanReconciliation {\n    planId\n    version\n    cellsChecked\n    roundingCount\n    errorCount\n    findings {\n      metric\n      kind\n      province {\n        code\n        nameVi\n      }\n      publishedName\n      month\n      published\n      computed\n      difference\n      severity\n      file\n      line\n    }\n  }\n': typeof types.ReconciliationFieldsFragmentDoc;
  '\n  query PlanReconciliation($planId: String!, $version: Int) {\n    planReconciliation(planId: $planId, version: $version) {\n      ...ReconciliationFields\n    }\n  }\n': typeof types.PlanReconciliationDocument;
  '\n  query PlanTargetTotals($planId: String!, $version: Int) {\n    planTargetTotals(planId: $planId, version: $version) {\n      metric\n      publishedNationalTotal\n      provincesTotal\n      months {\n        month\n        publishedNational\n        provinces\n      }\n    }\n  }\n': typeof types.PlanTargetTotalsDocument;
  '\n  mutation ImportPlan($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {\n    importPlan(planId: $planId, files: $files, dryRun: $dryRun) {\n      __typename\n      ... on PlanImportResult {\n        planId\n        version\n        created\n        dryRun\n        reconciliation {\n          ...ReconciliationFields\n        }\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n': typeof types.ImportPlanDocument;
  '\n  query ProvinceScorecard($planId: String!, $province: String!, $asOf: LocalDate, $unitSet: UnitSet) {\n    provinceScorecard(planId: $planId, province: $province, asOf: $asOf, unitSet: $unitSet) {\n      ...ProvinceAttainmentFields\n    }\n    periodProgress(planId: $planId, asOf: $asOf) {\n      planId\n      asOf\n      daysInPeriod\n      daysElapsed\n      daysRemaining\n      timeElapsed\n    }\n  }\n': typeof types.ProvinceScorecardDocument;
  '\n  query ActualHistory($planId: String!, $province: String!, $metric: String!) {\n    actualHistory(planId: $planId, province: $province, metric: $metric) {\n      planId\n      province {\n        ...ProvinceFields\n      }\n      metric\n      target\n      points {\n        reportDate\n        cumulativeTarget\n        actual\n        attainmentToDate\n        revisions {\n          value\n          submittedAt\n          source\n          sourceRow\n          synthetic\n          superseded\n          state\n          submissionId\n          submittedBy\n        }\n      }\n    }\n  }\n': typeof types.ActualHistoryDocument;
  '\n  query DataQualityWarnings($planId: String!, $province: String) {\n    dataQualityWarnings(planId: $planId, province: $province) {\n      ...DataQualityWarningFields\n    }\n  }\n': typeof types.DataQualityWarningsDocument;
  '\n  query ProvinceRankHistory(\n    $planId: String!\n    $province: String!\n    $metric: String!\n    $asOf: LocalDate\n    $unitSet: UnitSet\n  ) {\n    rankHistory(planId: $planId, province: $province, metric: $metric, asOf: $asOf, unitSet: $unitSet) {\n      province {\n        ...ProvinceFields\n      }\n      metric\n      asOf\n      target\n      targetToDate\n      actual\n      attainmentToDate\n      rank\n      unitCount\n    }\n  }\n': typeof types.ProvinceRankHistoryDocument;
  '\n  query PredecessorScorecard($planId: String!, $asOf: LocalDate, $provinces: [String!]!) {\n    scorecard(planId: $planId, asOf: $asOf, provinces: $provinces, unitSet: VN63) {\n      asOf\n      metrics\n      rows {\n        province {\n          code\n          nameVi\n        }\n        cells {\n          metric\n          status\n          attainmentToDate\n          rank\n          unitCount\n          stale\n          reportDate\n        }\n      }\n    }\n  }\n': typeof types.PredecessorScorecardDocument;
  '\n  query ProvinceComposite($planId: String!, $asOf: LocalDate, $unitSet: UnitSet) {\n    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      provinces {\n        province {\n          code\n        }\n        score\n        rank\n        band\n        missing\n        parts {\n          metric\n          weight\n          share\n          value\n          score\n          missing\n          leftOut\n        }\n      }\n    }\n  }\n': typeof types.ProvinceCompositeDocument;
  '\n  query ProvinceLatePayment($asOf: LocalDate, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      provinces {\n        province {\n          code\n        }\n        ratio\n        rank\n        band\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n': typeof types.ProvinceLatePaymentDocument;
  '\n  query RankingReference {\n    plans {\n      ...PlanFields\n    }\n    metrics {\n      ...MetricFields\n    }\n  }\n': typeof types.RankingReferenceDocument;
  '\n  query Ranking($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis, $unitSet: UnitSet) {\n    ranking(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {\n      ...ProvinceAttainmentFields\n    }\n    nationalAttainment(planId: $planId, metric: $metric, asOf: $asOf) {\n      metric\n      asOf\n      target\n      targetToDate\n      actual\n      attainmentToDate\n      attainmentOfPeriod\n      provincesReported\n      provincesNotReported\n      publishedTarget\n      publishedTargetDiffers\n    }\n    periodProgress(planId: $planId, asOf: $asOf) {\n      planId\n      asOf\n      daysInPeriod\n      daysElapsed\n      daysRemaining\n      timeElapsed\n    }\n  }\n': typeof types.RankingDocument;
  '\n  query ReportingStatus($planId: String!, $reportDate: LocalDate) {\n    reportingStatus(planId: $planId, reportDate: $reportDate) {\n      planId\n      reportDate\n      deadline\n      provincesReported\n      provincesPartial\n      provincesNotReported\n      provinces {\n        province {\n          ...ProvinceFields\n        }\n        status\n        metricsReported\n        metricsExpected\n        lastReportDate\n        submittedAt\n        late\n      }\n    }\n  }\n': typeof types.ReportingStatusDocument;
  '\n  query ReportReference(\n    $planId: String!\n    $province: String!\n    $asOf: LocalDate!\n    $previousAsOf: LocalDate!\n    $hasPrevious: Boolean!\n  ) {\n    current: provinceScorecard(planId: $planId, province: $province, asOf: $asOf) {\n      metric\n      target\n      actual\n      reportDate\n      synthetic\n    }\n    previous: provinceScorecard(planId: $planId, province: $province, asOf: $previousAsOf) @include(if: $hasPrevious) {\n      metric\n      actual\n      reportDate\n      synthetic\n    }\n  }\n': typeof types.ReportReferenceDocument;
  '\n  mutation SubmitReport($planId: String!, $province: String!, $reportDate: LocalDate!, $values: [ReportValueInput!]!) {\n    submitReport(planId: $planId, province: $province, reportDate: $reportDate, values: $values) {\n      __typename\n      ... on ActualImportResult {\n        planId\n        rowsStored\n        rowsUnchanged\n        alreadyImported\n        submissionId\n        state\n        approvalRequired\n        warnings {\n          ...DataQualityWarningFields\n        }\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n': typeof types.SubmitReportDocument;
  '\n  query UnitSetProvinces($unitSet: UnitSet!) {\n    provinces(unitSet: $unitSet) {\n      ...ProvinceFields\n      predecessors {\n        code\n        nameVi\n      }\n    }\n  }\n': typeof types.UnitSetProvincesDocument;
  '\n  query Me {\n    me {\n      login\n      displayName\n      role\n      roleLabel\n      province {\n        code\n        nameVi\n      }\n      via\n      permissions\n      home\n      mustChangePassword\n    }\n  }\n': typeof types.MeDocument;
};
const documents: Documents = {
  '\n  query Catalogue {\n    plans {\n      ...PlanFields\n    }\n    metrics {\n      ...MetricFields\n    }\n    provinces {\n      ...ProvinceFields\n    }\n  }\n':
    types.CatalogueDocument,
  '\n  fragment ProvinceFields on Province {\n    code\n    nameVi\n    nameEn\n    type\n    region\n    regionEn\n  }\n':
    types.ProvinceFieldsFragmentDoc,
  '\n  fragment MetricFields on Metric {\n    key\n    labelVi\n    shortLabelVi\n    labelEn\n    shortLabelEn\n    unit\n    unitVi\n    higherIsBetter\n    appendix\n  }\n':
    types.MetricFieldsFragmentDoc,
  '\n  fragment PlanFields on Plan {\n    id\n    title\n    issuingDocument\n    issuedOn\n    periodStart\n    periodEnd\n    reportDates\n    latestReportDateWithData\n    hasSyntheticActuals\n    unitSet\n    synthetic\n  }\n':
    types.PlanFieldsFragmentDoc,
  '\n  fragment ProvinceAttainmentFields on ProvinceAttainment {\n    province {\n      ...ProvinceFields\n    }\n    metric\n    asOf\n    target\n    targetToDate\n    actual\n    reportDate\n    attainmentToDate\n    attainmentOfPeriod\n    timeElapsed\n    onTrack\n    requiredPacePerDay\n    requiredPacePerMonth\n    projectedAttainment\n    rank\n    unitCount\n    status\n    synthetic\n    source\n    previousReportDate\n    previousRank\n    rankChange\n    basis\n    figure\n    reference\n    ratioToReference\n    band\n    bandLabel\n    stale\n    pending {\n      value\n      reportDate\n      submittedAt\n      submissionId\n    }\n  }\n':
    types.ProvinceAttainmentFieldsFragmentDoc,
  '\n  fragment DataQualityWarningFields on DataQualityWarning {\n    kind\n    province {\n      ...ProvinceFields\n    }\n    metric\n    reportDate\n    value\n    previousValue\n    periodTotal\n    message\n    source\n    detectedAt\n  }\n':
    types.DataQualityWarningFieldsFragmentDoc,
  '\n  fragment LatePaymentReferenceFields on LatePaymentReference {\n    label\n    labelEn\n    asOf\n    ratio\n  }\n':
    types.LatePaymentReferenceFieldsFragmentDoc,
  '\n  fragment ArrearsBucketFigureFields on ArrearsBucketFigure {\n    bucket\n    labelVi\n    labelEn\n    actionVi\n    actionEn\n    amount\n    employers\n  }\n':
    types.ArrearsBucketFigureFieldsFragmentDoc,
  '\n  fragment ImportRefusalFields on ImportRefusal {\n    reason\n    message\n    messageVi\n    problemCount\n    problems {\n      kind\n      file\n      row\n      column\n      columnNumber\n      value\n      message\n      messageVi\n      fix\n      fixVi\n    }\n  }\n':
    types.ImportRefusalFieldsFragmentDoc,
  '\n  fragment AccountFields on Account {\n    login\n    displayName\n    role\n    provinceCode\n    kind\n    passwordSet\n    identityProviderLinked\n    disabled\n    lockedUntil\n    createdAt\n    createdBy\n  }\n':
    types.AccountFieldsFragmentDoc,
  '\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n    provinces {\n      code\n      nameVi\n    }\n  }\n':
    types.AccountsDocument,
  '\n  mutation CreateAccount($login: String!, $displayName: String!, $role: Role!, $provinceCode: String) {\n    createAccount(login: $login, displayName: $displayName, role: $role, provinceCode: $provinceCode) {\n      account {\n        ...AccountFields\n      }\n      signInLink\n      linkExpiresAt\n    }\n  }\n':
    types.CreateAccountDocument,
  '\n  mutation UpdateAccount(\n    $login: String!\n    $displayName: String\n    $role: Role\n    $provinceCode: String\n    $disabled: Boolean\n  ) {\n    updateAccount(\n      login: $login\n      displayName: $displayName\n      role: $role\n      provinceCode: $provinceCode\n      disabled: $disabled\n    ) {\n      ...AccountFields\n    }\n  }\n':
    types.UpdateAccountDocument,
  '\n  mutation ResetPassword($login: String!) {\n    resetPassword(login: $login) {\n      account {\n        ...AccountFields\n      }\n      signInLink\n      linkExpiresAt\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  fragment AlertSettingsFields on AlertSettings {\n    kinds\n    availableKinds\n    email\n    digest\n    language\n    emailAvailable\n    version\n    setAt\n  }\n':
    types.AlertSettingsFieldsFragmentDoc,
  '\n  query MyAlertSettings {\n    myAlertSettings {\n      ...AlertSettingsFields\n    }\n  }\n':
    types.MyAlertSettingsDocument,
  '\n  mutation SetMyAlertSettings($kinds: [AlertKind!]!, $digest: DigestChoice!, $email: String, $language: String!) {\n    setMyAlertSettings(kinds: $kinds, digest: $digest, email: $email, language: $language) {\n      ...AlertSettingsFields\n    }\n  }\n':
    types.SetMyAlertSettingsDocument,
  '\n  fragment AlertThresholdsFields on AlertThresholds {\n    planId\n    version\n    rankDrop\n    paceMultiple\n    latePaymentRatio\n    approvalWaitDays\n    inherited\n    setAt\n    setBy\n    note\n  }\n':
    types.AlertThresholdsFieldsFragmentDoc,
  '\n  query AlertThresholds($planId: String) {\n    alertThresholds(planId: $planId) {\n      ...AlertThresholdsFields\n    }\n    alertThresholdHistory(planId: $planId) {\n      version\n      rankDrop\n      paceMultiple\n      latePaymentRatio\n      approvalWaitDays\n      setAt\n      setBy\n      note\n    }\n  }\n':
    types.AlertThresholdsDocument,
  '\n  mutation SetAlertThresholds(\n    $note: String!\n    $planId: String\n    $rankDrop: Int\n    $paceMultiple: Float\n    $latePaymentRatio: Float\n    $approvalWaitDays: Int\n  ) {\n    setAlertThresholds(\n      note: $note\n      planId: $planId\n      rankDrop: $rankDrop\n      paceMultiple: $paceMultiple\n      latePaymentRatio: $latePaymentRatio\n      approvalWaitDays: $approvalWaitDays\n    ) {\n      ...AlertThresholdsFields\n    }\n  }\n':
    types.SetAlertThresholdsDocument,
  '\n  query AlertMessages($first: Int!, $offset: Int!) {\n    alertMessages(first: $first, offset: $offset) {\n      id\n      channel\n      recipient\n      address\n      slot\n      subject\n      alertCount\n      state\n      stateAt\n      detail\n      attempts\n    }\n  }\n':
    types.AlertMessagesDocument,
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    label\n    role\n    provinceCode\n    accountLogin\n    createdAt\n    createdBy\n    expiresAt\n    revokedAt\n    active\n  }\n':
    types.ApiTokenFieldsFragmentDoc,
  '\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n    provinces {\n      code\n      nameVi\n    }\n  }\n':
    types.ApiTokensDocument,
  '\n  query TokenAccounts {\n    accounts {\n      login\n      displayName\n      role\n      provinceCode\n      disabled\n    }\n  }\n':
    types.TokenAccountsDocument,
  '\n  mutation CreateApiToken($label: String!, $expiresInDays: Int, $role: Role, $provinceCode: String, $forLogin: String) {\n    createApiToken(\n      label: $label\n      expiresInDays: $expiresInDays\n      role: $role\n      provinceCode: $provinceCode\n      forLogin: $forLogin\n    ) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  query ReportSubmissions($planId: String!, $state: ApprovalState, $province: String, $first: Int!) {\n    reportSubmissions(planId: $planId, state: $state, province: $province, first: $first) {\n      edges {\n        node {\n          id\n          planId\n          province {\n            code\n            nameVi\n          }\n          source\n          submittedAt\n          submittedBy\n          submittedByRole\n          state\n          approvalRequired\n          decidedAt\n          decidedBy\n          reason\n          canDecide\n          figures {\n            provinceCode\n            metric\n            reportDate\n            value\n          }\n          warnings {\n            ...DataQualityWarningFields\n          }\n        }\n      }\n    }\n  }\n':
    types.ReportSubmissionsDocument,
  '\n  fragment DecisionFields on ReportSubmission {\n    id\n    state\n    decidedAt\n    decidedBy\n    reason\n  }\n':
    types.DecisionFieldsFragmentDoc,
  '\n  mutation ApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      ...DecisionFields\n    }\n  }\n':
    types.ApproveReportDocument,
  '\n  mutation RejectReport($id: ID!, $reason: String!) {\n    rejectReport(id: $id, reason: $reason) {\n      ...DecisionFields\n    }\n  }\n':
    types.RejectReportDocument,
  '\n  query AuditLog($first: Int!, $after: String, $action: String, $actor: String) {\n    auditLog(first: $first, after: $after, action: $action, actor: $actor) {\n      edges {\n        node {\n          id\n          at\n          actor\n          actorRole\n          via\n          origin\n          action\n          target\n          outcome\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query ComplianceDataRange {\n    complianceDataRange {\n      from\n      to\n    }\n  }\n':
    types.ComplianceDataRangeDocument,
  '\n  query ComplianceFunnel($asOf: LocalDate!, $province: String) {\n    complianceFunnel(asOf: $asOf, province: $province) {\n      asOf\n      province {\n        code\n        nameVi\n      }\n      cases\n      overdue\n      registered\n      partlyRegistered\n      closed\n      workersRegistered\n      shouldBeInspected\n      synthetic\n      steps {\n        step\n        form\n        reached\n        conversion\n        medianDays\n        doneInWindow\n      }\n      window {\n        from\n        to\n        casesOpened\n        conferencesHeld\n        registered\n        partlyRegistered\n        closed\n        contributionRecovered\n      }\n    }\n  }\n':
    types.ComplianceFunnelDocument,
  '\n  fragment ComplianceCaseRowFields on ComplianceCase {\n    id\n    taxCode\n    employerName\n    district\n    listKind\n    workers\n    synthetic\n    province {\n      code\n      nameVi\n    }\n    next {\n      step\n      from\n      deadline\n      overdue\n    }\n    outcome {\n      kind\n      on\n    }\n    arrears {\n      overdue\n    }\n  }\n':
    types.ComplianceCaseRowFieldsFragmentDoc,
  '\n  query ComplianceCases(\n    $asOf: LocalDate!\n    $province: String\n    $overdueOnly: Boolean!\n    $waitingFor: ComplianceStep\n    $open: Boolean\n    $search: String\n    $dueBy: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    complianceCases(\n      asOf: $asOf\n      province: $province\n      overdueOnly: $overdueOnly\n      waitingFor: $waitingFor\n      open: $open\n      search: $search\n      dueBy: $dueBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ComplianceCaseRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ComplianceCasesDocument,
  '\n  fragment ComplianceCaseFields on ComplianceCase {\n    id\n    taxCode\n    employerName\n    address\n    district\n    listKind\n    workers\n    listings\n    openedOn\n    synthetic\n    province {\n      code\n      nameVi\n    }\n    next {\n      step\n      from\n      deadline\n      overdue\n    }\n    steps {\n      step\n      on\n      form\n      document\n      deadline\n      daysLate\n    }\n    outcome {\n      kind\n      on\n      workersRegistered\n      contributionRecovered\n      document\n    }\n    arrears {\n      employerId\n      overdue\n      bucket\n      oldestOverdueMonth\n    }\n  }\n':
    types.ComplianceCaseFieldsFragmentDoc,
  '\n  query ComplianceCase($id: ID!, $asOf: LocalDate) {\n    complianceCase(id: $id, asOf: $asOf) {\n      ...ComplianceCaseFields\n    }\n  }\n':
    types.ComplianceCaseDocument,
  '\n  mutation RecordComplianceStep($caseId: ID!, $step: ComplianceStep!, $on: LocalDate!, $document: String) {\n    recordComplianceStep(caseId: $caseId, step: $step, on: $on, document: $document) {\n      ...ComplianceCaseFields\n    }\n  }\n':
    types.RecordComplianceStepDocument,
  '\n  mutation RecordComplianceOutcome(\n    $caseId: ID!\n    $outcome: ComplianceOutcome!\n    $on: LocalDate!\n    $workersRegistered: Int!\n    $contributionRecovered: Float!\n    $document: String\n  ) {\n    recordComplianceOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      on: $on\n      workersRegistered: $workersRegistered\n      contributionRecovered: $contributionRecovered\n      document: $document\n    ) {\n      ...ComplianceCaseFields\n    }\n  }\n':
    types.RecordComplianceOutcomeDocument,
  '\n  query EmployersToInspect($province: String!, $asOf: LocalDate, $first: Int!, $after: String) {\n    employersInArrears(province: $province, asOf: $asOf, toInspect: true, first: $first, after: $after) {\n      totalCount\n      totalOverdue\n      edges {\n        cursor\n        node {\n          employer {\n            id\n            taxCode\n            name\n            district\n            synthetic\n          }\n          overdue\n          oldestOverdueMonth\n          ageMonths\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.EmployersToInspectDocument,
  '\n  fragment Report08ktFiguresFields on Report08ktFigures {\n    employersListed\n    workersListed\n    noticesSent\n    conferencesHeld\n    employersAtConferences\n    inspectionsDone\n    specialisedInspections\n    policeReferrals\n    employersRegistered\n    workersRegistered\n    contributionRecovered\n  }\n':
    types.Report08ktFiguresFieldsFragmentDoc,
  '\n  query ComplianceReport08($reportDate: LocalDate!, $province: String) {\n    complianceReport08(reportDate: $reportDate, province: $province) {\n      from\n      reportDate\n      yearFrom\n      synthetic\n      rows {\n        province {\n          code\n          nameVi\n        }\n        overdue\n        period {\n          ...Report08ktFiguresFields\n        }\n        yearToDate {\n          ...Report08ktFiguresFields\n        }\n      }\n    }\n  }\n':
    types.ComplianceReport08Document,
  '\n  query ComplianceReportOffer($planId: String!, $province: String!, $reportDate: LocalDate!) {\n    complianceReportOffer(planId: $planId, province: $province, reportDate: $reportDate) {\n      planId\n      from\n      reportDate\n      synthetic\n      province {\n        code\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n':
    types.ComplianceReportOfferDocument,
  '\n  mutation ImportComplianceList(\n    $files: [PlanFileInput!]!\n    $kind: ComplianceListKind!\n    $receivedOn: LocalDate!\n    $enteredOn: LocalDate\n  ) {\n    importComplianceList(files: $files, kind: $kind, receivedOn: $receivedOn, enteredOn: $enteredOn) {\n      __typename\n      ... on ComplianceListImportResult {\n        rows\n        casesOpened\n        casesContinued\n        caseIds\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n':
    types.ImportComplianceListDocument,
  '\n  mutation ImportComplianceSteps($files: [PlanFileInput!]!) {\n    importComplianceSteps(files: $files) {\n      __typename\n      ... on ComplianceStepsImportResult {\n        steps\n        outcomes\n        cases\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n':
    types.ImportComplianceStepsDocument,
  '\n  query LatePayment($asOf: LocalDate, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      previousAsOf\n      ledgerFrom\n      ledgerTo\n      ledgerUnitSet\n      unitSet\n      synthetic\n      national {\n        receivable\n        overdue\n        ratio\n        band\n        bandLabel\n        employers\n        employersInArrears\n        buckets {\n          ...ArrearsBucketFigureFields\n        }\n      }\n      provinces {\n        province {\n          ...ProvinceFields\n          predecessors {\n            code\n            nameVi\n          }\n        }\n        rank\n        previousRank\n        rankChange\n        receivable\n        overdue\n        ratio\n        band\n        bandLabel\n        employers\n        employersInArrears\n        buckets {\n          ...ArrearsBucketFigureFields\n        }\n      }\n      references {\n        ...LatePaymentReferenceFields\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n':
    types.LatePaymentDocument,
  '\n  query LatePaymentTrend {\n    latePaymentTrend {\n      month\n      asOf\n      receivable\n      overdue\n      ratio\n    }\n  }\n':
    types.LatePaymentTrendDocument,
  '\n  query EmployersInArrears($province: String!, $asOf: LocalDate, $bucket: ArrearsBucket, $first: Int!, $after: String) {\n    employersInArrears(province: $province, asOf: $asOf, bucket: $bucket, first: $first, after: $after) {\n      totalCount\n      totalOverdue\n      edges {\n        cursor\n        node {\n          employer {\n            id\n            name\n            district\n            ownership\n            workers\n            synthetic\n          }\n          receivable\n          overdue\n          oldestOverdueMonth\n          ageMonths\n          bucket\n          actionVi\n          actionEn\n          byBucket {\n            ...ArrearsBucketFigureFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.EmployersInArrearsDocument,
  '\n  query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!, $language: String!) {\n    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly, language: $language) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        date\n        planId\n        provinceCode\n        metric\n        subject\n        body\n        link\n        raisedAt\n        readAt\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  query NotificationCount {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n':
    types.NotificationCountDocument,
  '\n  mutation MarkNotificationRead($id: String!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n':
    types.MarkNotificationReadDocument,
  '\n  query CoverageYears {\n    coverageYears {\n      year\n      unitSet\n      unitCount\n      synthetic\n    }\n  }\n':
    types.CoverageYearsDocument,
  '\n  fragment CoverageGoalFields on CoverageGoal {\n    kind\n    year\n    ratio\n    comparison\n    text\n    textEn\n    document\n    note\n  }\n':
    types.CoverageGoalFieldsFragmentDoc,
  '\n  query OverviewCoverage($year: Int!, $unitSet: UnitSet!, $rankBy: CoverageKind!) {\n    coverage(year: $year, unitSet: $unitSet, rankBy: $rankBy) {\n      year\n      unitSet\n      storedUnitSet\n      unitCount\n      synthetic\n      sources\n      national {\n        siParticipants\n        labourForce\n        siCoverage\n        siGapToGoal\n        siMeetsGoal\n        hiParticipants\n        population\n        hiCoverage\n        hiGapToGoal\n        hiMeetsGoal\n      }\n      siGoal {\n        ...CoverageGoalFields\n      }\n      hiGoal {\n        ...CoverageGoalFields\n      }\n      goals {\n        ...CoverageGoalFields\n      }\n      references {\n        kind\n        asOf\n        participants\n        ratio\n        label\n        labelEn\n        document\n      }\n      provinces {\n        province {\n          code\n          nameVi\n        }\n        siCoverage\n        siRank\n        siGapToGoal\n        siMeetsGoal\n        hiCoverage\n        hiRank\n        hiGapToGoal\n        hiMeetsGoal\n      }\n    }\n  }\n':
    types.OverviewCoverageDocument,
  '\n  query OverviewMetric($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis!, $unitSet: UnitSet!) {\n    attainment(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {\n      province {\n        code\n        nameVi\n        region\n        regionEn\n      }\n      status\n      figure\n      reference\n      ratioToReference\n      band\n      stale\n      reportDate\n      rank\n      actual\n      target\n      targetToDate\n      synthetic\n      unitCount\n    }\n    nationalAttainmentHistory(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {\n      asOf\n      figure\n      reference\n      band\n      actual\n      synthetic\n    }\n  }\n':
    types.OverviewMetricDocument,
  '\n  query OverviewScores($planId: String!, $asOf: LocalDate, $unitSet: UnitSet!) {\n    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      settings {\n        version\n        onTrack\n        atRisk\n        latePaymentAtRisk\n        latePaymentReference\n        compositeCap\n        weights {\n          metric\n          weight\n        }\n      }\n      provinces {\n        province {\n          code\n        }\n        score\n        rank\n        band\n        missing\n        stale\n      }\n    }\n  }\n':
    types.OverviewScoresDocument,
  '\n  query OverviewLatePayment($asOf: LocalDate, $planId: String, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, planId: $planId, unitSet: $unitSet) {\n      asOf\n      ledgerFrom\n      ledgerTo\n      synthetic\n      national {\n        ratio\n        band\n      }\n      provinces {\n        province {\n          code\n        }\n        ratio\n        band\n        rank\n        overdue\n        receivable\n      }\n      references {\n        ...LatePaymentReferenceFields\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n':
    types.OverviewLatePaymentDocument,
  '\n  query OverviewPendingReports($planId: String!) {\n    reportSubmissions(planId: $planId, state: PENDING, first: 1) {\n      totalCount\n    }\n  }\n':
    types.OverviewPendingReportsDocument,
  '\n  query PlanSettingsReference {\n    plans {\n      id\n      title\n      synthetic\n    }\n    metrics {\n      key\n      shortLabelVi\n      shortLabelEn\n    }\n  }\n':
    types.PlanSettingsReferenceDocument,
  '\n  fragment PlanSettingsFields on PlanSettings {\n    planId\n    version\n    onTrack\n    atRisk\n    latePaymentAtRisk\n    compositeCap\n    latePaymentReference\n    weights {\n      metric\n      weight\n    }\n    setAt\n    setBy\n    note\n  }\n':
    types.PlanSettingsFieldsFragmentDoc,
  '\n  query PlanSettings($planId: String!) {\n    planSettings(planId: $planId) {\n      ...PlanSettingsFields\n    }\n    planSettingsHistory(planId: $planId) {\n      ...PlanSettingsFields\n    }\n  }\n':
    types.PlanSettingsDocument,
  '\n  mutation SetPlanSettings($planId: String!, $settings: PlanSettingsInput!) {\n    setPlanSettings(planId: $planId, settings: $settings) {\n      ...PlanSettingsFields\n    }\n  }\n':
    types.SetPlanSettingsDocument,
  '\n  query Plans {\n    plans {\n      ...PlanFields\n      issuer\n      latestVersion\n      versions {\n        version\n        contentHash\n        importedAt\n        importedBy\n        source\n      }\n    }\n    metrics {\n      ...MetricFields\n    }\n  }\n':
    types.PlansDocument,
  '\n  fragment ReconciliationFields on PlanReconciliation {\n    planId\n    version\n    cellsChecked\n    roundingCount\n    errorCount\n    findings {\n      metric\n      kind\n      province {\n        code\n        nameVi\n      }\n      publishedName\n      month\n      published\n      computed\n      difference\n      severity\n      file\n      line\n    }\n  }\n':
    types.ReconciliationFieldsFragmentDoc,
  '\n  query PlanReconciliation($planId: String!, $version: Int) {\n    planReconciliation(planId: $planId, version: $version) {\n      ...ReconciliationFields\n    }\n  }\n':
    types.PlanReconciliationDocument,
  '\n  query PlanTargetTotals($planId: String!, $version: Int) {\n    planTargetTotals(planId: $planId, version: $version) {\n      metric\n      publishedNationalTotal\n      provincesTotal\n      months {\n        month\n        publishedNational\n        provinces\n      }\n    }\n  }\n':
    types.PlanTargetTotalsDocument,
  '\n  mutation ImportPlan($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {\n    importPlan(planId: $planId, files: $files, dryRun: $dryRun) {\n      __typename\n      ... on PlanImportResult {\n        planId\n        version\n        created\n        dryRun\n        reconciliation {\n          ...ReconciliationFields\n        }\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n':
    types.ImportPlanDocument,
  '\n  query ProvinceScorecard($planId: String!, $province: String!, $asOf: LocalDate, $unitSet: UnitSet) {\n    provinceScorecard(planId: $planId, province: $province, asOf: $asOf, unitSet: $unitSet) {\n      ...ProvinceAttainmentFields\n    }\n    periodProgress(planId: $planId, asOf: $asOf) {\n      planId\n      asOf\n      daysInPeriod\n      daysElapsed\n      daysRemaining\n      timeElapsed\n    }\n  }\n':
    types.ProvinceScorecardDocument,
  '\n  query ActualHistory($planId: String!, $province: String!, $metric: String!) {\n    actualHistory(planId: $planId, province: $province, metric: $metric) {\n      planId\n      province {\n        ...ProvinceFields\n      }\n      metric\n      target\n      points {\n        reportDate\n        cumulativeTarget\n        actual\n        attainmentToDate\n        revisions {\n          value\n          submittedAt\n          source\n          sourceRow\n          synthetic\n          superseded\n          state\n          submissionId\n          submittedBy\n        }\n      }\n    }\n  }\n':
    types.ActualHistoryDocument,
  '\n  query DataQualityWarnings($planId: String!, $province: String) {\n    dataQualityWarnings(planId: $planId, province: $province) {\n      ...DataQualityWarningFields\n    }\n  }\n':
    types.DataQualityWarningsDocument,
  '\n  query ProvinceRankHistory(\n    $planId: String!\n    $province: String!\n    $metric: String!\n    $asOf: LocalDate\n    $unitSet: UnitSet\n  ) {\n    rankHistory(planId: $planId, province: $province, metric: $metric, asOf: $asOf, unitSet: $unitSet) {\n      province {\n        ...ProvinceFields\n      }\n      metric\n      asOf\n      target\n      targetToDate\n      actual\n      attainmentToDate\n      rank\n      unitCount\n    }\n  }\n':
    types.ProvinceRankHistoryDocument,
  '\n  query PredecessorScorecard($planId: String!, $asOf: LocalDate, $provinces: [String!]!) {\n    scorecard(planId: $planId, asOf: $asOf, provinces: $provinces, unitSet: VN63) {\n      asOf\n      metrics\n      rows {\n        province {\n          code\n          nameVi\n        }\n        cells {\n          metric\n          status\n          attainmentToDate\n          rank\n          unitCount\n          stale\n          reportDate\n        }\n      }\n    }\n  }\n':
    types.PredecessorScorecardDocument,
  '\n  query ProvinceComposite($planId: String!, $asOf: LocalDate, $unitSet: UnitSet) {\n    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      provinces {\n        province {\n          code\n        }\n        score\n        rank\n        band\n        missing\n        parts {\n          metric\n          weight\n          share\n          value\n          score\n          missing\n          leftOut\n        }\n      }\n    }\n  }\n':
    types.ProvinceCompositeDocument,
  '\n  query ProvinceLatePayment($asOf: LocalDate, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      provinces {\n        province {\n          code\n        }\n        ratio\n        rank\n        band\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n':
    types.ProvinceLatePaymentDocument,
  '\n  query RankingReference {\n    plans {\n      ...PlanFields\n    }\n    metrics {\n      ...MetricFields\n    }\n  }\n':
    types.RankingReferenceDocument,
  '\n  query Ranking($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis, $unitSet: UnitSet) {\n    ranking(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {\n      ...ProvinceAttainmentFields\n    }\n    nationalAttainment(planId: $planId, metric: $metric, asOf: $asOf) {\n      metric\n      asOf\n      target\n      targetToDate\n      actual\n      attainmentToDate\n      attainmentOfPeriod\n      provincesReported\n      provincesNotReported\n      publishedTarget\n      publishedTargetDiffers\n    }\n    periodProgress(planId: $planId, asOf: $asOf) {\n      planId\n      asOf\n      daysInPeriod\n      daysElapsed\n      daysRemaining\n      timeElapsed\n    }\n  }\n':
    types.RankingDocument,
  '\n  query ReportingStatus($planId: String!, $reportDate: LocalDate) {\n    reportingStatus(planId: $planId, reportDate: $reportDate) {\n      planId\n      reportDate\n      deadline\n      provincesReported\n      provincesPartial\n      provincesNotReported\n      provinces {\n        province {\n          ...ProvinceFields\n        }\n        status\n        metricsReported\n        metricsExpected\n        lastReportDate\n        submittedAt\n        late\n      }\n    }\n  }\n':
    types.ReportingStatusDocument,
  '\n  query ReportReference(\n    $planId: String!\n    $province: String!\n    $asOf: LocalDate!\n    $previousAsOf: LocalDate!\n    $hasPrevious: Boolean!\n  ) {\n    current: provinceScorecard(planId: $planId, province: $province, asOf: $asOf) {\n      metric\n      target\n      actual\n      reportDate\n      synthetic\n    }\n    previous: provinceScorecard(planId: $planId, province: $province, asOf: $previousAsOf) @include(if: $hasPrevious) {\n      metric\n      actual\n      reportDate\n      synthetic\n    }\n  }\n':
    types.ReportReferenceDocument,
  '\n  mutation SubmitReport($planId: String!, $province: String!, $reportDate: LocalDate!, $values: [ReportValueInput!]!) {\n    submitReport(planId: $planId, province: $province, reportDate: $reportDate, values: $values) {\n      __typename\n      ... on ActualImportResult {\n        planId\n        rowsStored\n        rowsUnchanged\n        alreadyImported\n        submissionId\n        state\n        approvalRequired\n        warnings {\n          ...DataQualityWarningFields\n        }\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n':
    types.SubmitReportDocument,
  '\n  query UnitSetProvinces($unitSet: UnitSet!) {\n    provinces(unitSet: $unitSet) {\n      ...ProvinceFields\n      predecessors {\n        code\n        nameVi\n      }\n    }\n  }\n':
    types.UnitSetProvincesDocument,
  '\n  query Me {\n    me {\n      login\n      displayName\n      role\n      roleLabel\n      province {\n        code\n        nameVi\n      }\n      via\n      permissions\n      home\n      mustChangePassword\n    }\n  }\n':
    types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalogue {\n    plans {\n      ...PlanFields\n    }\n    metrics {\n      ...MetricFields\n    }\n    provinces {\n      ...ProvinceFields\n    }\n  }\n',
): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProvinceFields on Province {\n    code\n    nameVi\n    nameEn\n    type\n    region\n    regionEn\n  }\n',
): typeof import('./graphql').ProvinceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MetricFields on Metric {\n    key\n    labelVi\n    shortLabelVi\n    labelEn\n    shortLabelEn\n    unit\n    unitVi\n    higherIsBetter\n    appendix\n  }\n',
): typeof import('./graphql').MetricFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanFields on Plan {\n    id\n    title\n    issuingDocument\n    issuedOn\n    periodStart\n    periodEnd\n    reportDates\n    latestReportDateWithData\n    hasSyntheticActuals\n    unitSet\n    synthetic\n  }\n',
): typeof import('./graphql').PlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProvinceAttainmentFields on ProvinceAttainment {\n    province {\n      ...ProvinceFields\n    }\n    metric\n    asOf\n    target\n    targetToDate\n    actual\n    reportDate\n    attainmentToDate\n    attainmentOfPeriod\n    timeElapsed\n    onTrack\n    requiredPacePerDay\n    requiredPacePerMonth\n    projectedAttainment\n    rank\n    unitCount\n    status\n    synthetic\n    source\n    previousReportDate\n    previousRank\n    rankChange\n    basis\n    figure\n    reference\n    ratioToReference\n    band\n    bandLabel\n    stale\n    pending {\n      value\n      reportDate\n      submittedAt\n      submissionId\n    }\n  }\n',
): typeof import('./graphql').ProvinceAttainmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DataQualityWarningFields on DataQualityWarning {\n    kind\n    province {\n      ...ProvinceFields\n    }\n    metric\n    reportDate\n    value\n    previousValue\n    periodTotal\n    message\n    source\n    detectedAt\n  }\n',
): typeof import('./graphql').DataQualityWarningFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LatePaymentReferenceFields on LatePaymentReference {\n    label\n    labelEn\n    asOf\n    ratio\n  }\n',
): typeof import('./graphql').LatePaymentReferenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ArrearsBucketFigureFields on ArrearsBucketFigure {\n    bucket\n    labelVi\n    labelEn\n    actionVi\n    actionEn\n    amount\n    employers\n  }\n',
): typeof import('./graphql').ArrearsBucketFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportRefusalFields on ImportRefusal {\n    reason\n    message\n    messageVi\n    problemCount\n    problems {\n      kind\n      file\n      row\n      column\n      columnNumber\n      value\n      message\n      messageVi\n      fix\n      fixVi\n    }\n  }\n',
): typeof import('./graphql').ImportRefusalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccountFields on Account {\n    login\n    displayName\n    role\n    provinceCode\n    kind\n    passwordSet\n    identityProviderLinked\n    disabled\n    lockedUntil\n    createdAt\n    createdBy\n  }\n',
): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n    provinces {\n      code\n      nameVi\n    }\n  }\n',
): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAccount($login: String!, $displayName: String!, $role: Role!, $provinceCode: String) {\n    createAccount(login: $login, displayName: $displayName, role: $role, provinceCode: $provinceCode) {\n      account {\n        ...AccountFields\n      }\n      signInLink\n      linkExpiresAt\n    }\n  }\n',
): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAccount(\n    $login: String!\n    $displayName: String\n    $role: Role\n    $provinceCode: String\n    $disabled: Boolean\n  ) {\n    updateAccount(\n      login: $login\n      displayName: $displayName\n      role: $role\n      provinceCode: $provinceCode\n      disabled: $disabled\n    ) {\n      ...AccountFields\n    }\n  }\n',
): typeof import('./graphql').UpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($login: String!) {\n    resetPassword(login: $login) {\n      account {\n        ...AccountFields\n      }\n      signInLink\n      linkExpiresAt\n    }\n  }\n',
): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AlertSettingsFields on AlertSettings {\n    kinds\n    availableKinds\n    email\n    digest\n    language\n    emailAvailable\n    version\n    setAt\n  }\n',
): typeof import('./graphql').AlertSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAlertSettings {\n    myAlertSettings {\n      ...AlertSettingsFields\n    }\n  }\n',
): typeof import('./graphql').MyAlertSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyAlertSettings($kinds: [AlertKind!]!, $digest: DigestChoice!, $email: String, $language: String!) {\n    setMyAlertSettings(kinds: $kinds, digest: $digest, email: $email, language: $language) {\n      ...AlertSettingsFields\n    }\n  }\n',
): typeof import('./graphql').SetMyAlertSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AlertThresholdsFields on AlertThresholds {\n    planId\n    version\n    rankDrop\n    paceMultiple\n    latePaymentRatio\n    approvalWaitDays\n    inherited\n    setAt\n    setBy\n    note\n  }\n',
): typeof import('./graphql').AlertThresholdsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AlertThresholds($planId: String) {\n    alertThresholds(planId: $planId) {\n      ...AlertThresholdsFields\n    }\n    alertThresholdHistory(planId: $planId) {\n      version\n      rankDrop\n      paceMultiple\n      latePaymentRatio\n      approvalWaitDays\n      setAt\n      setBy\n      note\n    }\n  }\n',
): typeof import('./graphql').AlertThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAlertThresholds(\n    $note: String!\n    $planId: String\n    $rankDrop: Int\n    $paceMultiple: Float\n    $latePaymentRatio: Float\n    $approvalWaitDays: Int\n  ) {\n    setAlertThresholds(\n      note: $note\n      planId: $planId\n      rankDrop: $rankDrop\n      paceMultiple: $paceMultiple\n      latePaymentRatio: $latePaymentRatio\n      approvalWaitDays: $approvalWaitDays\n    ) {\n      ...AlertThresholdsFields\n    }\n  }\n',
): typeof import('./graphql').SetAlertThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AlertMessages($first: Int!, $offset: Int!) {\n    alertMessages(first: $first, offset: $offset) {\n      id\n      channel\n      recipient\n      address\n      slot\n      subject\n      alertCount\n      state\n      stateAt\n      detail\n      attempts\n    }\n  }\n',
): typeof import('./graphql').AlertMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokenFields on ApiToken {\n    id\n    label\n    role\n    provinceCode\n    accountLogin\n    createdAt\n    createdBy\n    expiresAt\n    revokedAt\n    active\n  }\n',
): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n    provinces {\n      code\n      nameVi\n    }\n  }\n',
): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TokenAccounts {\n    accounts {\n      login\n      displayName\n      role\n      provinceCode\n      disabled\n    }\n  }\n',
): typeof import('./graphql').TokenAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($label: String!, $expiresInDays: Int, $role: Role, $provinceCode: String, $forLogin: String) {\n    createApiToken(\n      label: $label\n      expiresInDays: $expiresInDays\n      role: $role\n      provinceCode: $provinceCode\n      forLogin: $forLogin\n    ) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n',
): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportSubmissions($planId: String!, $state: ApprovalState, $province: String, $first: Int!) {\n    reportSubmissions(planId: $planId, state: $state, province: $province, first: $first) {\n      edges {\n        node {\n          id\n          planId\n          province {\n            code\n            nameVi\n          }\n          source\n          submittedAt\n          submittedBy\n          submittedByRole\n          state\n          approvalRequired\n          decidedAt\n          decidedBy\n          reason\n          canDecide\n          figures {\n            provinceCode\n            metric\n            reportDate\n            value\n          }\n          warnings {\n            ...DataQualityWarningFields\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ReportSubmissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionFields on ReportSubmission {\n    id\n    state\n    decidedAt\n    decidedBy\n    reason\n  }\n',
): typeof import('./graphql').DecisionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      ...DecisionFields\n    }\n  }\n',
): typeof import('./graphql').ApproveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectReport($id: ID!, $reason: String!) {\n    rejectReport(id: $id, reason: $reason) {\n      ...DecisionFields\n    }\n  }\n',
): typeof import('./graphql').RejectReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($first: Int!, $after: String, $action: String, $actor: String) {\n    auditLog(first: $first, after: $after, action: $action, actor: $actor) {\n      edges {\n        node {\n          id\n          at\n          actor\n          actorRole\n          via\n          origin\n          action\n          target\n          outcome\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n',
): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceDataRange {\n    complianceDataRange {\n      from\n      to\n    }\n  }\n',
): typeof import('./graphql').ComplianceDataRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceFunnel($asOf: LocalDate!, $province: String) {\n    complianceFunnel(asOf: $asOf, province: $province) {\n      asOf\n      province {\n        code\n        nameVi\n      }\n      cases\n      overdue\n      registered\n      partlyRegistered\n      closed\n      workersRegistered\n      shouldBeInspected\n      synthetic\n      steps {\n        step\n        form\n        reached\n        conversion\n        medianDays\n        doneInWindow\n      }\n      window {\n        from\n        to\n        casesOpened\n        conferencesHeld\n        registered\n        partlyRegistered\n        closed\n        contributionRecovered\n      }\n    }\n  }\n',
): typeof import('./graphql').ComplianceFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplianceCaseRowFields on ComplianceCase {\n    id\n    taxCode\n    employerName\n    district\n    listKind\n    workers\n    synthetic\n    province {\n      code\n      nameVi\n    }\n    next {\n      step\n      from\n      deadline\n      overdue\n    }\n    outcome {\n      kind\n      on\n    }\n    arrears {\n      overdue\n    }\n  }\n',
): typeof import('./graphql').ComplianceCaseRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceCases(\n    $asOf: LocalDate!\n    $province: String\n    $overdueOnly: Boolean!\n    $waitingFor: ComplianceStep\n    $open: Boolean\n    $search: String\n    $dueBy: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    complianceCases(\n      asOf: $asOf\n      province: $province\n      overdueOnly: $overdueOnly\n      waitingFor: $waitingFor\n      open: $open\n      search: $search\n      dueBy: $dueBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ComplianceCaseRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ComplianceCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplianceCaseFields on ComplianceCase {\n    id\n    taxCode\n    employerName\n    address\n    district\n    listKind\n    workers\n    listings\n    openedOn\n    synthetic\n    province {\n      code\n      nameVi\n    }\n    next {\n      step\n      from\n      deadline\n      overdue\n    }\n    steps {\n      step\n      on\n      form\n      document\n      deadline\n      daysLate\n    }\n    outcome {\n      kind\n      on\n      workersRegistered\n      contributionRecovered\n      document\n    }\n    arrears {\n      employerId\n      overdue\n      bucket\n      oldestOverdueMonth\n    }\n  }\n',
): typeof import('./graphql').ComplianceCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceCase($id: ID!, $asOf: LocalDate) {\n    complianceCase(id: $id, asOf: $asOf) {\n      ...ComplianceCaseFields\n    }\n  }\n',
): typeof import('./graphql').ComplianceCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordComplianceStep($caseId: ID!, $step: ComplianceStep!, $on: LocalDate!, $document: String) {\n    recordComplianceStep(caseId: $caseId, step: $step, on: $on, document: $document) {\n      ...ComplianceCaseFields\n    }\n  }\n',
): typeof import('./graphql').RecordComplianceStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordComplianceOutcome(\n    $caseId: ID!\n    $outcome: ComplianceOutcome!\n    $on: LocalDate!\n    $workersRegistered: Int!\n    $contributionRecovered: Float!\n    $document: String\n  ) {\n    recordComplianceOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      on: $on\n      workersRegistered: $workersRegistered\n      contributionRecovered: $contributionRecovered\n      document: $document\n    ) {\n      ...ComplianceCaseFields\n    }\n  }\n',
): typeof import('./graphql').RecordComplianceOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployersToInspect($province: String!, $asOf: LocalDate, $first: Int!, $after: String) {\n    employersInArrears(province: $province, asOf: $asOf, toInspect: true, first: $first, after: $after) {\n      totalCount\n      totalOverdue\n      edges {\n        cursor\n        node {\n          employer {\n            id\n            taxCode\n            name\n            district\n            synthetic\n          }\n          overdue\n          oldestOverdueMonth\n          ageMonths\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').EmployersToInspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Report08ktFiguresFields on Report08ktFigures {\n    employersListed\n    workersListed\n    noticesSent\n    conferencesHeld\n    employersAtConferences\n    inspectionsDone\n    specialisedInspections\n    policeReferrals\n    employersRegistered\n    workersRegistered\n    contributionRecovered\n  }\n',
): typeof import('./graphql').Report08ktFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceReport08($reportDate: LocalDate!, $province: String) {\n    complianceReport08(reportDate: $reportDate, province: $province) {\n      from\n      reportDate\n      yearFrom\n      synthetic\n      rows {\n        province {\n          code\n          nameVi\n        }\n        overdue\n        period {\n          ...Report08ktFiguresFields\n        }\n        yearToDate {\n          ...Report08ktFiguresFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ComplianceReport08Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceReportOffer($planId: String!, $province: String!, $reportDate: LocalDate!) {\n    complianceReportOffer(planId: $planId, province: $province, reportDate: $reportDate) {\n      planId\n      from\n      reportDate\n      synthetic\n      province {\n        code\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n',
): typeof import('./graphql').ComplianceReportOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportComplianceList(\n    $files: [PlanFileInput!]!\n    $kind: ComplianceListKind!\n    $receivedOn: LocalDate!\n    $enteredOn: LocalDate\n  ) {\n    importComplianceList(files: $files, kind: $kind, receivedOn: $receivedOn, enteredOn: $enteredOn) {\n      __typename\n      ... on ComplianceListImportResult {\n        rows\n        casesOpened\n        casesContinued\n        caseIds\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportComplianceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportComplianceSteps($files: [PlanFileInput!]!) {\n    importComplianceSteps(files: $files) {\n      __typename\n      ... on ComplianceStepsImportResult {\n        steps\n        outcomes\n        cases\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportComplianceStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LatePayment($asOf: LocalDate, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      previousAsOf\n      ledgerFrom\n      ledgerTo\n      ledgerUnitSet\n      unitSet\n      synthetic\n      national {\n        receivable\n        overdue\n        ratio\n        band\n        bandLabel\n        employers\n        employersInArrears\n        buckets {\n          ...ArrearsBucketFigureFields\n        }\n      }\n      provinces {\n        province {\n          ...ProvinceFields\n          predecessors {\n            code\n            nameVi\n          }\n        }\n        rank\n        previousRank\n        rankChange\n        receivable\n        overdue\n        ratio\n        band\n        bandLabel\n        employers\n        employersInArrears\n        buckets {\n          ...ArrearsBucketFigureFields\n        }\n      }\n      references {\n        ...LatePaymentReferenceFields\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n',
): typeof import('./graphql').LatePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LatePaymentTrend {\n    latePaymentTrend {\n      month\n      asOf\n      receivable\n      overdue\n      ratio\n    }\n  }\n',
): typeof import('./graphql').LatePaymentTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployersInArrears($province: String!, $asOf: LocalDate, $bucket: ArrearsBucket, $first: Int!, $after: String) {\n    employersInArrears(province: $province, asOf: $asOf, bucket: $bucket, first: $first, after: $after) {\n      totalCount\n      totalOverdue\n      edges {\n        cursor\n        node {\n          employer {\n            id\n            name\n            district\n            ownership\n            workers\n            synthetic\n          }\n          receivable\n          overdue\n          oldestOverdueMonth\n          ageMonths\n          bucket\n          actionVi\n          actionEn\n          byBucket {\n            ...ArrearsBucketFigureFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').EmployersInArrearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!, $language: String!) {\n    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly, language: $language) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        date\n        planId\n        provinceCode\n        metric\n        subject\n        body\n        link\n        raisedAt\n        readAt\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationCount {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n',
): typeof import('./graphql').NotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationRead($id: String!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n',
): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CoverageYears {\n    coverageYears {\n      year\n      unitSet\n      unitCount\n      synthetic\n    }\n  }\n',
): typeof import('./graphql').CoverageYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CoverageGoalFields on CoverageGoal {\n    kind\n    year\n    ratio\n    comparison\n    text\n    textEn\n    document\n    note\n  }\n',
): typeof import('./graphql').CoverageGoalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewCoverage($year: Int!, $unitSet: UnitSet!, $rankBy: CoverageKind!) {\n    coverage(year: $year, unitSet: $unitSet, rankBy: $rankBy) {\n      year\n      unitSet\n      storedUnitSet\n      unitCount\n      synthetic\n      sources\n      national {\n        siParticipants\n        labourForce\n        siCoverage\n        siGapToGoal\n        siMeetsGoal\n        hiParticipants\n        population\n        hiCoverage\n        hiGapToGoal\n        hiMeetsGoal\n      }\n      siGoal {\n        ...CoverageGoalFields\n      }\n      hiGoal {\n        ...CoverageGoalFields\n      }\n      goals {\n        ...CoverageGoalFields\n      }\n      references {\n        kind\n        asOf\n        participants\n        ratio\n        label\n        labelEn\n        document\n      }\n      provinces {\n        province {\n          code\n          nameVi\n        }\n        siCoverage\n        siRank\n        siGapToGoal\n        siMeetsGoal\n        hiCoverage\n        hiRank\n        hiGapToGoal\n        hiMeetsGoal\n      }\n    }\n  }\n',
): typeof import('./graphql').OverviewCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewMetric($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis!, $unitSet: UnitSet!) {\n    attainment(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {\n      province {\n        code\n        nameVi\n        region\n        regionEn\n      }\n      status\n      figure\n      reference\n      ratioToReference\n      band\n      stale\n      reportDate\n      rank\n      actual\n      target\n      targetToDate\n      synthetic\n      unitCount\n    }\n    nationalAttainmentHistory(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {\n      asOf\n      figure\n      reference\n      band\n      actual\n      synthetic\n    }\n  }\n',
): typeof import('./graphql').OverviewMetricDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewScores($planId: String!, $asOf: LocalDate, $unitSet: UnitSet!) {\n    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      settings {\n        version\n        onTrack\n        atRisk\n        latePaymentAtRisk\n        latePaymentReference\n        compositeCap\n        weights {\n          metric\n          weight\n        }\n      }\n      provinces {\n        province {\n          code\n        }\n        score\n        rank\n        band\n        missing\n        stale\n      }\n    }\n  }\n',
): typeof import('./graphql').OverviewScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewLatePayment($asOf: LocalDate, $planId: String, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, planId: $planId, unitSet: $unitSet) {\n      asOf\n      ledgerFrom\n      ledgerTo\n      synthetic\n      national {\n        ratio\n        band\n      }\n      provinces {\n        province {\n          code\n        }\n        ratio\n        band\n        rank\n        overdue\n        receivable\n      }\n      references {\n        ...LatePaymentReferenceFields\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n',
): typeof import('./graphql').OverviewLatePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewPendingReports($planId: String!) {\n    reportSubmissions(planId: $planId, state: PENDING, first: 1) {\n      totalCount\n    }\n  }\n',
): typeof import('./graphql').OverviewPendingReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanSettingsReference {\n    plans {\n      id\n      title\n      synthetic\n    }\n    metrics {\n      key\n      shortLabelVi\n      shortLabelEn\n    }\n  }\n',
): typeof import('./graphql').PlanSettingsReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanSettingsFields on PlanSettings {\n    planId\n    version\n    onTrack\n    atRisk\n    latePaymentAtRisk\n    compositeCap\n    latePaymentReference\n    weights {\n      metric\n      weight\n    }\n    setAt\n    setBy\n    note\n  }\n',
): typeof import('./graphql').PlanSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanSettings($planId: String!) {\n    planSettings(planId: $planId) {\n      ...PlanSettingsFields\n    }\n    planSettingsHistory(planId: $planId) {\n      ...PlanSettingsFields\n    }\n  }\n',
): typeof import('./graphql').PlanSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPlanSettings($planId: String!, $settings: PlanSettingsInput!) {\n    setPlanSettings(planId: $planId, settings: $settings) {\n      ...PlanSettingsFields\n    }\n  }\n',
): typeof import('./graphql').SetPlanSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Plans {\n    plans {\n      ...PlanFields\n      issuer\n      latestVersion\n      versions {\n        version\n        contentHash\n        importedAt\n        importedBy\n        source\n      }\n    }\n    metrics {\n      ...MetricFields\n    }\n  }\n',
): typeof import('./graphql').PlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReconciliationFields on PlanReconciliation {\n    planId\n    version\n    cellsChecked\n    roundingCount\n    errorCount\n    findings {\n      metric\n      kind\n      province {\n        code\n        nameVi\n      }\n      publishedName\n      month\n      published\n      computed\n      difference\n      severity\n      file\n      line\n    }\n  }\n',
): typeof import('./graphql').ReconciliationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanReconciliation($planId: String!, $version: Int) {\n    planReconciliation(planId: $planId, version: $version) {\n      ...ReconciliationFields\n    }\n  }\n',
): typeof import('./graphql').PlanReconciliationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanTargetTotals($planId: String!, $version: Int) {\n    planTargetTotals(planId: $planId, version: $version) {\n      metric\n      publishedNationalTotal\n      provincesTotal\n      months {\n        month\n        publishedNational\n        provinces\n      }\n    }\n  }\n',
): typeof import('./graphql').PlanTargetTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportPlan($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {\n    importPlan(planId: $planId, files: $files, dryRun: $dryRun) {\n      __typename\n      ... on PlanImportResult {\n        planId\n        version\n        created\n        dryRun\n        reconciliation {\n          ...ReconciliationFields\n        }\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceScorecard($planId: String!, $province: String!, $asOf: LocalDate, $unitSet: UnitSet) {\n    provinceScorecard(planId: $planId, province: $province, asOf: $asOf, unitSet: $unitSet) {\n      ...ProvinceAttainmentFields\n    }\n    periodProgress(planId: $planId, asOf: $asOf) {\n      planId\n      asOf\n      daysInPeriod\n      daysElapsed\n      daysRemaining\n      timeElapsed\n    }\n  }\n',
): typeof import('./graphql').ProvinceScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActualHistory($planId: String!, $province: String!, $metric: String!) {\n    actualHistory(planId: $planId, province: $province, metric: $metric) {\n      planId\n      province {\n        ...ProvinceFields\n      }\n      metric\n      target\n      points {\n        reportDate\n        cumulativeTarget\n        actual\n        attainmentToDate\n        revisions {\n          value\n          submittedAt\n          source\n          sourceRow\n          synthetic\n          superseded\n          state\n          submissionId\n          submittedBy\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ActualHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataQualityWarnings($planId: String!, $province: String) {\n    dataQualityWarnings(planId: $planId, province: $province) {\n      ...DataQualityWarningFields\n    }\n  }\n',
): typeof import('./graphql').DataQualityWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceRankHistory(\n    $planId: String!\n    $province: String!\n    $metric: String!\n    $asOf: LocalDate\n    $unitSet: UnitSet\n  ) {\n    rankHistory(planId: $planId, province: $province, metric: $metric, asOf: $asOf, unitSet: $unitSet) {\n      province {\n        ...ProvinceFields\n      }\n      metric\n      asOf\n      target\n      targetToDate\n      actual\n      attainmentToDate\n      rank\n      unitCount\n    }\n  }\n',
): typeof import('./graphql').ProvinceRankHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PredecessorScorecard($planId: String!, $asOf: LocalDate, $provinces: [String!]!) {\n    scorecard(planId: $planId, asOf: $asOf, provinces: $provinces, unitSet: VN63) {\n      asOf\n      metrics\n      rows {\n        province {\n          code\n          nameVi\n        }\n        cells {\n          metric\n          status\n          attainmentToDate\n          rank\n          unitCount\n          stale\n          reportDate\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PredecessorScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceComposite($planId: String!, $asOf: LocalDate, $unitSet: UnitSet) {\n    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      provinces {\n        province {\n          code\n        }\n        score\n        rank\n        band\n        missing\n        parts {\n          metric\n          weight\n          share\n          value\n          score\n          missing\n          leftOut\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvinceCompositeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceLatePayment($asOf: LocalDate, $unitSet: UnitSet!) {\n    latePayment(asOf: $asOf, unitSet: $unitSet) {\n      asOf\n      provinces {\n        province {\n          code\n        }\n        ratio\n        rank\n        band\n      }\n      bandReference {\n        ...LatePaymentReferenceFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvinceLatePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RankingReference {\n    plans {\n      ...PlanFields\n    }\n    metrics {\n      ...MetricFields\n    }\n  }\n',
): typeof import('./graphql').RankingReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ranking($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis, $unitSet: UnitSet) {\n    ranking(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {\n      ...ProvinceAttainmentFields\n    }\n    nationalAttainment(planId: $planId, metric: $metric, asOf: $asOf) {\n      metric\n      asOf\n      target\n      targetToDate\n      actual\n      attainmentToDate\n      attainmentOfPeriod\n      provincesReported\n      provincesNotReported\n      publishedTarget\n      publishedTargetDiffers\n    }\n    periodProgress(planId: $planId, asOf: $asOf) {\n      planId\n      asOf\n      daysInPeriod\n      daysElapsed\n      daysRemaining\n      timeElapsed\n    }\n  }\n',
): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingStatus($planId: String!, $reportDate: LocalDate) {\n    reportingStatus(planId: $planId, reportDate: $reportDate) {\n      planId\n      reportDate\n      deadline\n      provincesReported\n      provincesPartial\n      provincesNotReported\n      provinces {\n        province {\n          ...ProvinceFields\n        }\n        status\n        metricsReported\n        metricsExpected\n        lastReportDate\n        submittedAt\n        late\n      }\n    }\n  }\n',
): typeof import('./graphql').ReportingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportReference(\n    $planId: String!\n    $province: String!\n    $asOf: LocalDate!\n    $previousAsOf: LocalDate!\n    $hasPrevious: Boolean!\n  ) {\n    current: provinceScorecard(planId: $planId, province: $province, asOf: $asOf) {\n      metric\n      target\n      actual\n      reportDate\n      synthetic\n    }\n    previous: provinceScorecard(planId: $planId, province: $province, asOf: $previousAsOf) @include(if: $hasPrevious) {\n      metric\n      actual\n      reportDate\n      synthetic\n    }\n  }\n',
): typeof import('./graphql').ReportReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitReport($planId: String!, $province: String!, $reportDate: LocalDate!, $values: [ReportValueInput!]!) {\n    submitReport(planId: $planId, province: $province, reportDate: $reportDate, values: $values) {\n      __typename\n      ... on ActualImportResult {\n        planId\n        rowsStored\n        rowsUnchanged\n        alreadyImported\n        submissionId\n        state\n        approvalRequired\n        warnings {\n          ...DataQualityWarningFields\n        }\n      }\n      ... on ImportRefusal {\n        ...ImportRefusalFields\n      }\n    }\n  }\n',
): typeof import('./graphql').SubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitSetProvinces($unitSet: UnitSet!) {\n    provinces(unitSet: $unitSet) {\n      ...ProvinceFields\n      predecessors {\n        code\n        nameVi\n      }\n    }\n  }\n',
): typeof import('./graphql').UnitSetProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      login\n      displayName\n      role\n      roleLabel\n      province {\n        code\n        nameVi\n      }\n      via\n      permissions\n      home\n      mustChangePassword\n    }\n  }\n',
): typeof import('./graphql').MeDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
