package cn.huiyin.reporting.instructions;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.AccessRules;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.instructions.application.BulletinIssues;
import cn.huiyin.reporting.instructions.application.InstructionAnswering;
import cn.huiyin.reporting.instructions.application.InstructionQueries;
import cn.huiyin.reporting.instructions.application.InstructionRecording;
import cn.huiyin.reporting.instructions.application.Instructions;
import cn.huiyin.reporting.instructions.application.OverdueInstructions;
import cn.huiyin.reporting.instructions.application.ReportedInstructions;
import cn.huiyin.reporting.instructions.infrastructure.InstructionStore;
import cn.huiyin.reporting.instructions.web.InstructionApiDocs;
import cn.huiyin.reporting.instructions.web.InstructionHandler;
import cn.huiyin.reporting.ledger.application.CaseFacts;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Leaders' instructions (领导批示件): the store with its outbox, recording and answering, the overdue scan with its
 * gauge, the routes, and the report's query port ({@link InstructionQueries} as
 * {@link cn.huiyin.reporting.instructions.application.InstructionReport}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstructionProperties.class)
class InstructionsConfiguration {

    @Bean
    InstructionStore instructionStore(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        InstructionStore store = new InstructionStore(mongo, outbox, clock);
        // not awaited: the service starts while MongoDB is still coming up, and creating an index twice is harmless
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(InstructionsConfiguration.class)
                .warn("could not create the instruction indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    InstructionRecording instructionRecording(Instructions instructions, BulletinIssues bulletins, CaseFacts cases,
            RegionRegistry regions, RegionAccess access, InstructionProperties properties, Clock clock) {
        return new InstructionRecording(instructions, bulletins, cases, regions, access, properties.followUpDays(),
                clock);
    }

    @Bean
    InstructionAnswering instructionAnswering(Instructions instructions, RegionAccess access, Clock clock) {
        return new InstructionAnswering(instructions, access, clock);
    }

    @Bean
    InstructionQueries instructionQueries(Instructions instructions, RegionRegistry regions, RegionAccess access,
            Clock clock) {
        return new InstructionQueries(instructions, regions, access, clock);
    }

    /** The instructions the analysis report tells in its 二、领导批示情况. */
    @Bean
    ReportedInstructions reportedInstructions(InstructionQueries queries) {
        return new ReportedInstructions(queries);
    }

    @Bean
    OverdueInstructions overdueInstructions(Instructions instructions, InstructionProperties properties,
            RegionRegistry regions, MeterRegistry meters, Clock clock) {
        List<String> tracked = new ArrayList<>();
        for (String province : properties.provinces()) {
            tracked.add(province);
            regions.children(province).stream().filter(city -> city.level() == RegionLevel.CITY)
                    .forEach(city -> tracked.add(city.code()));
        }
        return new OverdueInstructions(instructions, tracked, meters, clock);
    }

    @Bean
    PeriodicTask overdueInstructionScan(OverdueInstructions overdue, InstructionProperties properties) {
        return new PeriodicTask("overdue instruction scan", properties.scanInterval(), overdue::scan, overdue::scan);
    }

    @Bean
    RouterFunction<ServerResponse> instructionRoutes(InstructionRecording recording, InstructionAnswering answering,
            InstructionQueries queries, RequestBodies bodies) {
        InstructionHandler handler = new InstructionHandler(recording, answering, queries, bodies);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/instructions", handler::record, InstructionApiDocs.record())
                .GET("/api/v1/instructions", handler::list, InstructionApiDocs.list())
                .POST("/api/v1/instructions/{id}/answers", handler::answer, InstructionApiDocs.answer())
                .GET("/api/v1/instructions/{id}", handler::get, InstructionApiDocs.get())
                .build();
    }

    /** County offices answer (cases:read), leaders and offices read and record (reports:read); roles decide the rest. */
    @Bean
    AccessRules instructionAccess() {
        return exchanges -> exchanges
                .pathMatchers("/api/v1/instructions", "/api/v1/instructions/**")
                .hasAnyAuthority(Scopes.authority(Scopes.REPORTS_READ), Scopes.authority(Scopes.CASES_READ));
    }
}
