package com.careerbrief.job;

import java.time.Duration;
import java.util.List;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.run.RunLauncher;
import com.careerbrief.run.WorkerRunner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * Remote partitioning over a RabbitMQ broker (README "Running on several machines"), with Spring Batch
 * Integration: under the {@code manager} profile the per-occupation steps send one request per partition
 * to a durable queue and wait for the partitions' results in the shared job repository; under the
 * {@code worker} profile a process takes requests from that queue, one at a time, and runs the worker
 * step against the same database and output folder. Both go with the {@code postgres} profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile({ "manager", "worker" })
class RemotePartitioningConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RemotePartitioningConfiguration.class);

	/** Durable, so that requests the workers have not taken yet outlive a broker restart. */
	@Bean
	Queue partitionQueue(CareerBriefProperties properties) {
		return QueueBuilder.durable(properties.remote().queue()).build();
	}

	/** Requests are StepExecutionRequests in Java serialization; a worker reads no other class. */
	static SimpleMessageConverter requestConverter() {
		SimpleMessageConverter converter = new SimpleMessageConverter();
		converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName()));
		return converter;
	}

	@Configuration(proxyBeanMethods = false)
	@Profile("manager")
	static class Manager {

		@Bean
		DirectChannel partitionRequests() {
			return new DirectChannel();
		}

		@Bean
		IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate rabbit,
				CareerBriefProperties properties) {
			rabbit.setMessageConverter(requestConverter());
			return IntegrationFlow.from(partitionRequests)
				.handle(Amqp.outboundAdapter(rabbit).routingKey(properties.remote().queue()))
				.get();
		}

		@Bean
		PartitionHandlers remotePartitions(DirectChannel partitionRequests, JobExplorer explorer,
				JobRepository repository, CareerBriefProperties properties) {
			MessagingTemplate requests = new MessagingTemplate(partitionRequests);
			return (worker, localGridSize) -> new RemotePartitionHandler(worker, requests, explorer, repository,
					properties.remote());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Profile("worker")
	static class Worker {

		@Bean
		PartitionRequestHandler partitionRequestHandler(JobExplorer explorer, JobRepository repository, List<Step> steps,
				CareerBriefProperties properties, Environment environment) {
			return new PartitionRequestHandler(explorer, repository, steps,
					RunLauncher.settings(properties, environment));
		}

		/**
		 * Takes one request at a time from the queue (a poll, not a push: a busy worker holds no request
		 * another worker could run) and acknowledges it before running it: a request is run at most once,
		 * and one whose worker is killed is found by the manager's timeout and run by the next launch.
		 */
		@Bean
		IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connections, PartitionRequestHandler handler,
				CareerBriefProperties properties) {
			BrokerOutageLog outages = new BrokerOutageLog(properties.remote().queue());
			return IntegrationFlow
				.from(Amqp.inboundPolledAdapter(connections, properties.remote().queue())
					.messageConverter(requestConverter()),
						poller -> poller.poller(Pollers.fixedDelay(properties.remote().workerPollInterval())
							.maxMessagesPerPoll(1)
							.errorHandler(outages::failed)))
				.handle(message -> handler.handle(message))
				.get();
		}

		/** A worker that cannot reach the broker says so once a minute, not at every poll, and keeps trying. */
		static final class BrokerOutageLog {

			private final String queue;

			private long lastWarned;

			BrokerOutageLog(String queue) {
				this.queue = queue;
			}

			synchronized void failed(Throwable error) {
				long now = System.nanoTime();
				if (lastWarned == 0 || now - lastWarned > Duration.ofMinutes(1).toNanos()) {
					lastWarned = now;
					Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
					log.warn("Cannot take partition requests from queue {}: {}: {}; retrying", queue,
							root.getClass().getSimpleName(), root.getMessage());
				}
			}

		}

		@Bean
		WorkerRunner workerRunner(CareerBriefProperties properties, Environment environment) {
			return new WorkerRunner(properties, environment);
		}

	}

}
