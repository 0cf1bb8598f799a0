package org.sanctionsplatform.support.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Plans that follow the tables as they grow (issue "Pipeline speed": "the plan must not depend on fresh statistics").
 *
 * <p>The PostgreSQL driver prepares a statement on the server after its fifth execution, and the server may then
 * keep one generic plan for it. A service starts on empty tables that autovacuum has not analysed yet, so that plan
 * is made for an empty table, and it stays while the table grows: measured in the pipeline harness's replay, the
 * deadline timer updates kept scanning every pending timer through {@code deadline_timer_pending} (109 million index
 * entries read for 20,000 case events), where a plan made for the table as it is uses the timer's key. With
 * {@code plan_cache_mode = force_custom_plan} every execution is planned for its parameters and the table's current
 * size (PostgreSQL scales the row estimate by the pages the table has now, analysed or not); the statement's parse is
 * still kept. Planning a short keyed statement costs microseconds; a multi-row insert (a rewritten JDBC batch) and the
 * foreign-key checks of its rows cost milliseconds per execution, which is why a transaction whose statements are all
 * keyed, or a piece of it that only inserts, keeps one plan per statement instead ({@link KeyedPlans}).
 *
 * <p>Applied to every PostgreSQL data source (as Hikari's connection init SQL, unless one is configured already);
 * {@code sep.datasource.custom-plans: false} turns it off. H2 (the embedded default) plans every statement anyway.
 */
@Singleton
@Requires(property = "sep.datasource.custom-plans", notEquals = "false")
public class StablePlans implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (BatchedInserts.isPostgres(configuration) && configuration.getConnectionInitSql() == null) {
            configuration.setConnectionInitSql(INIT_SQL);
        }
        return configuration;
    }
}
