package cn.huiyin.reporting.ledger;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.application.CaseFacts;
import cn.huiyin.reporting.ledger.application.CaseLedger;
import cn.huiyin.reporting.ledger.application.FactLedger;
import cn.huiyin.reporting.ledger.application.TypicalCases;
import cn.huiyin.reporting.ledger.infrastructure.CaseFactStore;
import cn.huiyin.reporting.summary.application.ReportBuckets;
import cn.huiyin.reporting.summary.application.ReportScope;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The case ledger read from the facts the read model wrote, for the Excel export. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    @Bean
    CaseFacts caseFacts(ReactiveMongoTemplate mongo) {
        CaseFactStore facts = new CaseFactStore(mongo);
        // not awaited: the service starts while MongoDB may still come up; creating an index twice is harmless
        facts.ensureIndexes().subscribe(null, failure -> log.warn("could not create the ledger's index: {}",
                failure.toString()));
        return facts;
    }

    @Bean
    TypicalCases typicalCases(CaseFacts facts, ReportBuckets buckets, RegionRegistry regions,
            @Value("${huiyin.reporting.typical-cases-per-rule:2}") int perRule) {
        return new TypicalCases(facts, buckets, regions, perRule);
    }

    @Bean
    CaseLedger caseLedger(CaseFacts facts, ReportBuckets buckets, RegionRegistry regions, ReportScope scope) {
        return new FactLedger(facts, buckets, regions, scope);
    }
}
