package com.careerbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;

/**
 * Wordings real career articles use that the rules once missed or misread (issue 15's list, and the
 * development articles under src/test/resources/extract/dev): each case is read the way a careful reader would.
 */
class DocumentClaimReaderRealWordingTests {

	@TempDir
	Path dir;

	@Test
	void anEmploymentCountInsideAClauseAboutPayIsRead() throws Exception {
		assertThat(figures("The median pay of the 45,000 people in this occupation was $52,000 in May 2024."))
			.contains("EMPLOYMENT VALUE 45000 PERSONS [May 2024] United States",
					"WAGE MEDIAN 52000 USD_PER_YEAR [May 2024] United States");
	}

	@Test
	void anEmploymentCountIsReadWhenTheOccupationIsMisspeltOrGlued() throws Exception {
		assertThat(figures("There are approximately 715,400 electricans working in the United States.",
				"About 61,000 dentalassistants work in the country today."))
			.contains("EMPLOYMENT VALUE 715400 PERSONS [none] United States",
					"EMPLOYMENT VALUE 61000 PERSONS [none] United States");
	}

	@Test
	void aRateOfGrowthThroughAYearIsTheTenYearProjectionEndingThen() throws Exception {
		assertThat(figures("Welders can expect a 3 percent rate of growth through 2030."))
			.containsExactly("EMPLOYMENT_CHANGE_PERCENT VALUE 3 PERCENT [2020-2030] United States");
	}

	@Test
	void peopleToHireAndTrainEachYearAreOpenings() throws Exception {
		assertThat(figures("Employers will need to hire and train about 19,500 phlebotomists yearly."))
			.containsExactly("OPENINGS VALUE 19500 PERSONS [none] United States");
	}

	@Test
	void theAllOccupationsAverageIsNotTheOccupationsOwnProjection() throws Exception {
		assertThat(figures("Employment of plumbers is projected to grow 2 percent from 2023 to 2033, slower than average,"
				+ " which for all occupations is 4 percent.",
				"That's well above the expected average growth rate of 14 percent for all occupations."))
			.containsExactly("EMPLOYMENT_CHANGE_PERCENT VALUE 2 PERCENT [2023-2033] United States");
	}

	@Test
	void theAverageAnArticleGivesForAllOccupationsTravelsWithItsGrowthClaim() throws Exception {
		Path file = dir.resolve("article.txt");
		Files.writeString(file, "Career notes\n\nEmployment of welders is projected to grow 7 percent from 2024 to 2034,"
				+ " much faster than average, which for all occupations is 8 percent.\n");
		Claim growth = SeedArticleFixtures.reader().read(file).claims().stream().filter(Claim::figure).findFirst()
			.orElseThrow();
		assertThat(growth.valueLow()).isEqualByComparingTo("7");
		assertThat(growth.comparator()).isEqualTo("much faster than average");
		assertThat(growth.statedAverage()).isEqualByComparingTo("8");
	}

	@Test
	void aFigureRestatedInTheOtherUnitKeepsItsStatisticAndPeriod() throws Exception {
		assertThat(figures("Median hourly earnings of electricians were $26.53 in May 2018 ($55,190 annually).",
				"Plumbers earned an average salary of $24.92 an hour or $51,830 a year as of May 2011."))
			.containsExactly("WAGE MEDIAN 26.53 USD_PER_HOUR [May 2018] United States",
					"WAGE MEDIAN 55190 USD_PER_YEAR [May 2018] United States",
					"WAGE AVERAGE_AS_WORDED 24.92 USD_PER_HOUR [May 2011] United States",
					"WAGE AVERAGE_AS_WORDED 51830 USD_PER_YEAR [May 2011] United States");
	}

	@Test
	void aShareNamedAfterTheFiguresLabelsThem() throws Exception {
		assertThat(figures("Wages ranged from less than $15.84 ($32,940 annually) for the lowest paid 10 percent to more"
				+ " than $45.49 an hour ($94,620 annually) for the highest paid 10 percent."))
			.containsExactly("WAGE BOTTOM_PERCENT10 15.84 USD_PER_HOUR [none] United States",
					"WAGE BOTTOM_PERCENT10 32940 USD_PER_YEAR [none] United States",
					"WAGE TOP_PERCENT10 45.49 USD_PER_HOUR [none] United States",
					"WAGE TOP_PERCENT10 94620 USD_PER_YEAR [none] United States");
	}

	@Test
	void payInOneIndustryOrAtOneEmployerIsNotTheOccupationsPay() throws Exception {
		assertThat(figures("Plumbers working in the steel manufacturing industry earned an average of $66,710 a year.",
				"Those employed by local governments earned an average of $47,970 a year."))
			.isEmpty();
	}

	@Test
	void aFactBoxAtTheTopIsReadNotDroppedAsAByline() throws Exception {
		assertThat(figures("Number of Jobs, 2020 129,600", "Employment Change, 2020-30 28,800",
				"2021 Median Pay $37,380 per year", "", "Phlebotomists draw blood for tests and transfusions."))
			.contains("EMPLOYMENT VALUE 129600 PERSONS [2020] United States",
					"EMPLOYMENT_CHANGE_COUNT VALUE 28800 PERSONS [2020-2030] United States",
					"WAGE MEDIAN 37380 USD_PER_YEAR [2021] United States");
	}

	// The cases below come from the second batch of development articles; each is worded afresh here.

	@Test
	void figuresUnderAParagraphsOpeningAboutAverageSalariesAreAverages() throws Exception {
		assertThat(figures("Plumbers in the South reported the lowest average salaries in the country as of 2014. Alabama was"
				+ " the lowest-paying state, at $38,100 per year. In Mississippi plumbers averaged $39,200 per year."))
			.containsExactly("WAGE AVERAGE_AS_WORDED 38100 USD_PER_YEAR [as of 2014] Alabama",
					"WAGE AVERAGE_AS_WORDED 39200 USD_PER_YEAR [as of 2014] Mississippi");
	}

	@Test
	void aRangeIsReadThroughTheWordsBetweenItsEnds() throws Exception {
		assertThat(figures("Pay for welders ranges from a modest $30,000 to a handsome $70,000 a year."))
			.containsExactly("WAGE RANGE 30000–70000 USD_PER_YEAR [none] United States");
	}

	@Test
	void anIndustryListContinuedInTheNextSentenceIsNotTheOccupationsPay() throws Exception {
		assertThat(figures("The median annual wage for welders was $47,000 in May 2022. The top paying industry was oil and gas"
				+ " extraction, where the median wage is $60,000. This is followed by utilities ($58,000) and shipbuilding"
				+ " ($52,000)."))
			.containsExactly("WAGE MEDIAN 47000 USD_PER_YEAR [May 2022] United States");
	}

	@Test
	void headcountsWordedAsJobsSupportedJobsThereWereOrEmploymentStandingAtANumberAreRead() throws Exception {
		assertThat(figures("This occupation supported 400,000 jobs in 2014.",
				"In 2016, there were approximately 120,000 welder jobs in the country.",
				"There are currently about 50,000 firemen employed nationwide.",
				"Current employment stands at 376,000 professionals, and that number should reach about 380,000 by 2034."))
			.containsExactly("EMPLOYMENT VALUE 400000 PERSONS [2014] United States",
					"EMPLOYMENT VALUE 120000 PERSONS [2016] United States",
					"EMPLOYMENT VALUE 50000 PERSONS [none] United States",
					"EMPLOYMENT VALUE 376000 PERSONS [none] United States",
					// read since the sixth batch: the employment the projection reaches
					"EMPLOYMENT_PROJECTED VALUE 380000 PERSONS [2024-2034] United States");
	}

	@Test
	void growthRightAfterASentenceAboutJobsIsTheOccupationsGrowthTillAYear() throws Exception {
		assertThat(figures("There are about 300,000 roofers employed nationwide. There is a steady growth of 4% for the next"
				+ " few years till 2030."))
			.contains("EMPLOYMENT_CHANGE_PERCENT VALUE 4 PERCENT [2020-2030] United States");
	}

	@Test
	void aChangeAlreadySeenBetweenTwoDatedCountsIsNotAProjection() throws Exception {
		assertThat(figures("The occupation supported 1,500,000 jobs in 2012 and had more jobs in 2014, reflecting an increase"
				+ " of 6.7%."))
			.noneMatch(f -> f.startsWith("EMPLOYMENT_CHANGE_PERCENT"));
	}

	@Test
	void aBaseYearAndATargetYearMakeTheProjectionPeriod() throws Exception {
		assertThat(figures("In 2014, employment of roofers was projected to increase by 9% in 2024."))
			.containsExactly("EMPLOYMENT_CHANGE_PERCENT VALUE 9 PERCENT [2014-2024] United States");
	}

	@Test
	void aGrowthRateTakesThePeriodOfTheNextSentenceThatRefersBackToIt() throws Exception {
		assertThat(figures("The job outlook for roofers is 11%, which is faster than average. This figure is the growth in the"
				+ " number of jobs through 2026."))
			.containsExactly("EMPLOYMENT_CHANGE_PERCENT VALUE 11 PERCENT [2016-2026] United States");
	}

	@Test
	void openingsNamedWithTheOccupationAndAnnualOpeningsArePerYear() throws Exception {
		assertThat(figures("About 39,300 paralegal openings will occur annually through 2034."))
			.containsExactly("OPENINGS VALUE 39300 PERSONS [2024-2034] United States");
	}

	@Test
	void programHoursAreReadAndYearsOfExperienceSomeWorkersHaveAreNotAPath() throws Exception {
		assertThat(figures("Massage therapists complete a postsecondary education program of 500 or more hours of study.",
				"Apprentices have less autonomy than machinists who have 10 years experience and more training."))
			.containsExactly("HOURS VALUE 500 HOURS [none] United States");
	}

	// From the third batch of development articles, worded afresh here.

	@Test
	void aFiguresUnitIsTheOneInItsOwnWordsNotTheNextFigures() throws Exception {
		assertThat(figures("The average annual roofer salary was $45,660, which is equivalent to a mean hourly wage of $21.95.",
				"The median hourly wage was $20.74, equating to a median annual salary of $43,140."))
			.containsExactly("WAGE AVERAGE_AS_WORDED 45660 USD_PER_YEAR [none] United States",
					"WAGE MEAN 21.95 USD_PER_HOUR [none] United States",
					"WAGE MEDIAN 20.74 USD_PER_HOUR [none] United States",
					"WAGE MEDIAN 43140 USD_PER_YEAR [none] United States");
	}

	@Test
	void aFigureRestatedInTheOtherUnitKeepsThePlaceStatisticAndPeriodOfTheFirst() throws Exception {
		assertThat(figures("Roofers earn a median hourly wage of $22.30 or a yearly salary of $46,380 as of May 2019.",
				"The best pay is in Ohio, with salaries at $25.10 or $52,210; Idaho at $24.90 or $51,790."))
			.containsExactly("WAGE MEDIAN 22.3 USD_PER_HOUR [May 2019] United States",
					"WAGE MEDIAN 46380 USD_PER_YEAR [May 2019] United States",
					"WAGE VALUE 25.1 USD_PER_HOUR [none] Ohio", "WAGE VALUE 52210 USD_PER_YEAR [none] Ohio",
					"WAGE VALUE 24.9 USD_PER_HOUR [none] Idaho", "WAGE VALUE 51790 USD_PER_YEAR [none] Idaho");
	}

	@Test
	void statesListedBeforeFiguresGivenRespectivelyArePairedInOrder() throws Exception {
		assertThat(figures("The top-paying states are Nevada and Oregon, where roofers earn an average salary of $58,400 and"
				+ " $55,900 each year respectively."))
			.containsExactly("WAGE AVERAGE_AS_WORDED 58400 USD_PER_YEAR [none] Nevada",
					"WAGE AVERAGE_AS_WORDED 55900 USD_PER_YEAR [none] Oregon");
	}

	@Test
	void aSentenceOpeningOnIndustriesOrCitiesGivesNoneOfTheOccupationsPay() throws Exception {
		assertThat(figures("The industries paying roofers the most are utilities, with wages at $31.70 or $65,940; and"
				+ " shipbuilding, at $30.60 or $63,650.",
				"Three Texas cities show the best incomes: Austin, with pay at $29.90, and Dallas at $28.80."))
			.isEmpty();
	}

	@Test
	void payThatCouldBeReachedLaterIsNotPayNow() throws Exception {
		assertThat(figures("The median hourly wage for roofers could reach $28.07 by 2030."))
			.isEmpty();
	}

	@Test
	void aShareThatMadeLessOrMoreThanAFigureIsTheBottomOrTopShare() throws Exception {
		assertThat(figures("Ten percent of roofers made less than $31,120 a year, while the best-paid 10 percent make $81,950."))
			.containsExactly("WAGE BOTTOM_PERCENT10 31120 USD_PER_YEAR [none] United States",
					"WAGE TOP_PERCENT10 81950 USD_PER_YEAR [none] United States");
	}

	@Test
	void workersEmployedInTheCountryOrWorkingInTheirFieldAreNotAnEmployer() throws Exception {
		assertThat(figures("Half of all roofers employed in the United States reported annual pay of between $36,050 and"
				+ " $61,910 per year.",
				"In Maine, individuals working in this career field have an average annual salary of $54,630."))
			.containsExactly("WAGE RANGE 36050–61910 USD_PER_YEAR [none] United States",
					"WAGE AVERAGE_AS_WORDED 54630 USD_PER_YEAR [none] Maine");
	}

	@Test
	void aPeriodBeforeAHeadcountOpensTheParagraphForThePayAfterIt() throws Exception {
		assertThat(figures("According to BLS records from May 2012, there were 150,000 roofers employed nationwide. The"
				+ " average annual roofer salary was $43,660."))
			.contains("WAGE AVERAGE_AS_WORDED 43660 USD_PER_YEAR [May 2012] United States");
	}

	@Test
	void aStatisticNamedRightAfterTheFigureThatOpensASentenceLabelsIt() throws Exception {
		assertThat(figures("At $53,610, Massachusetts had the highest annual mean wage for roofers in 2013."))
			.containsExactly("WAGE MEAN 53610 USD_PER_YEAR [2013] Massachusetts");
	}

	@Test
	void aTerritoryIsAPlace() throws Exception {
		assertThat(figures("Roofer pay is lowest in Puerto Rico, with workers there averaging $22,680 per year."))
			.containsExactly("WAGE AVERAGE_AS_WORDED 22680 USD_PER_YEAR [none] Puerto Rico");
	}

	@Test
	void aHyphenatedRangeOfYearsIsOneDuration() throws Exception {
		assertThat(figures("Most roofers complete a one- or two-year apprenticeship."))
			.containsExactly("DURATION VALUE 1–2 YEARS [none] United States");
	}

	// From the fourth batch of development articles, worded afresh here.

	@Test
	void percentileRowsOfATableWithoutAHeaderAreThosePercentiles() throws Exception {
		assertThat(figures("Description: Roofers repair and install roofs on buildings.", "Typical wages", "10% | $28,100 |",
				"Median | $41,200 |", "90% | $66,900 |", "Projected employment"))
			.containsExactly("WAGE P10 28100 USD_PER_YEAR [none] United States",
					"WAGE MEDIAN 41200 USD_PER_YEAR [none] United States",
					"WAGE P90 66900 USD_PER_YEAR [none] United States");
	}

	@Test
	void aTableRowsPlaceCellNamesThePlaceOfItsFigure() throws Exception {
		assertThat(figures("Highest-Paying States for Roofers", "Here are the states where roofers earn the most:",
				"| Rank | State | Average Annual Salary | Cost of Living Index |", "|---|---|---|---|",
				"| 1 | Vermont | $61,480 | 105 |", "| 2 | Ohio | $59,370 | 94 |"))
			.anySatisfy(f -> assertThat(f).contains(" 61480 ").endsWith("] Vermont"))
			.anySatisfy(f -> assertThat(f).contains(" 59370 ").endsWith("] Ohio"));
	}

	@Test
	void aFactLineWithTwoUnitsAndAShareReadsEachFigureWithItsOwnLabel() throws Exception {
		assertThat(figures("Median Pay $52,970 $25.47/hr Top 10%: $95,150",
				"Job Outlook (2024–2034) 3.5% 12,000 openings/yr", "Employment (2024) 155,940"))
			.containsExactly("WAGE MEDIAN 52970 USD_PER_YEAR [none] United States",
					"WAGE MEDIAN 25.47 USD_PER_HOUR [none] United States",
					"WAGE TOP_PERCENT10 95150 USD_PER_YEAR [none] United States",
					"EMPLOYMENT_CHANGE_PERCENT VALUE 3.5 PERCENT [2024-2034] United States",
					"OPENINGS VALUE 12000 PERSONS [2024-2034] United States",
					"EMPLOYMENT VALUE 155940 PERSONS [2024] United States");
	}

	@Test
	void aShareThatEarnsAnAverageOrMoreIsTheShare() throws Exception {
		assertThat(figures("The top 10 percent of roofers make an average wage of $38.15 per hour or more, while the bottom-paid"
				+ " 10 percent average $14.02 per hour or less."))
			.containsExactly("WAGE TOP_PERCENT10 38.15 USD_PER_HOUR [none] United States",
					"WAGE BOTTOM_PERCENT10 14.02 USD_PER_HOUR [none] United States");
	}

	@Test
	void aThousandsSeparatorFollowedByASpaceStaysInTheNumber() throws Exception {
		assertThat(figures("Roofers earned a mean annual salary of $47, 540 in 2013."))
			.containsExactly("WAGE MEAN 47540 USD_PER_YEAR [2013] United States");
	}

	// From the fifth batch of development articles, worded afresh here.

	@Test
	void aTableHeadedByPercentilesLabelsEachColumn() throws Exception {
		assertThat(figures("Roofer wages", "Percentile | 10% | 50% | 90% |", "Annual Wage | $31,600 | $48,200 | $71,500 |"))
			.containsExactly("WAGE P10 31600 USD_PER_YEAR [none] United States",
					"WAGE MEDIAN 48200 USD_PER_YEAR [none] United States", "WAGE P90 71500 USD_PER_YEAR [none] United States");
	}

	@Test
	void payThatComesOutToAYearlyFigureIsTheSameStatistic() throws Exception {
		assertThat(figures("The median pay for roofers was $22.55, which comes out to $46,910 a year."))
			.containsExactly("WAGE MEDIAN 22.55 USD_PER_HOUR [none] United States",
					"WAGE MEDIAN 46910 USD_PER_YEAR [none] United States");
	}

	@Test
	void aGrowthRateTakesThePeriodOfANextSentenceGoingOnAtThisRate() throws Exception {
		assertThat(figures("Roofer jobs are growing at a rate of 9 percent, which is faster than average. At this rate, more"
				+ " roofers will be needed between 2018 and 2028."))
			.contains("EMPLOYMENT_CHANGE_PERCENT VALUE 9 PERCENT [2018-2028] United States");
	}

	@Test
	void peopleCountedInAYearOrEmployedUnderASlashedTitleAreAHeadcount() throws Exception {
		assertThat(figures("There were 164,400 roofers and roofing helpers in 2018, when the count was last taken.",
				"There were 18,590 professional roof inspectors/estimators employed in the United States."))
			.containsExactly("EMPLOYMENT VALUE 164400 PERSONS [2018] United States",
					"EMPLOYMENT VALUE 18590 PERSONS [none] United States");
	}

	@Test
	void growthOfJobPostingsIsNotGrowthOfEmployment() throws Exception {
		assertThat(figures("Job postings for roofer positions have increased by 68% since September 2018."))
			.isEmpty();
	}

	@Test
	void aDegreeACareerDoesNotNeedIsNoDuration() throws Exception {
		assertThat(figures("Roofing ranks among the top careers without a four-year degree.")).isEmpty();
	}

	@Test
	void theBestPaidAreTopEarners() throws Exception {
		assertThat(figures("The best-paid roofers earned about $73,150 a year."))
			.containsExactly("WAGE TOP_EARNERS 73150 USD_PER_YEAR [none] United States");
	}

	// From the sixth batch of development articles, worded afresh here.

	@Test
	void loanOfficersPayIsPayNotALoan() throws Exception {
		assertThat(figures("The 286,000 loan officers that are employed nationwide earn a mean annual salary of $71,350."))
			.containsExactlyInAnyOrder("EMPLOYMENT VALUE 286000 PERSONS [none] United States",
					"WAGE MEAN 71350 USD_PER_YEAR [none] United States");
	}

	@Test
	void aListOfStatesUnderAPayIntroIsPayDatedByTheIntro() throws Exception {
		assertThat(figures("According to BLS, the top-paying states for roofers in May 2020 were:", "- Hawaii: $68,340",
				"- Alaska: $66,520"))
			.containsExactly("WAGE VALUE 68340 USD_PER_YEAR [May 2020] Hawaii", "WAGE VALUE 66520 USD_PER_YEAR [May 2020] Alaska");
	}

	@Test
	void statesListedAfterTheFirstWithASemicolonTakeItsStatistic() throws Exception {
		assertThat(figures("The states with the highest annual mean wage include Ohio, with a wage of $63,780; Iowa, with $62,880;"
				+ " and Utah, with $61,100."))
			.containsExactly("WAGE MEAN 63780 USD_PER_YEAR [none] Ohio", "WAGE MEAN 62880 USD_PER_YEAR [none] Iowa",
					"WAGE MEAN 61100 USD_PER_YEAR [none] Utah");
	}

	@Test
	void aShareAveragingMoreThanAFigureIsTheShare() throws Exception {
		assertThat(figures("The top 10% of roofers averaged earnings higher than $86,560."))
			.containsExactly("WAGE TOP_PERCENT10 86560 USD_PER_YEAR [none] United States");
	}

	@Test
	void factLinesOfOpeningsGrowthJobsAndProjectedEmploymentAreRead() throws Exception {
		assertThat(figures("Employment Trends", "Annual Openings: 17,010", "Percent Growth: 13%", "Total Jobs Held: 139,500",
				"Projected Employment: 158,400 by 2018"))
			.containsExactly("OPENINGS VALUE 17010 PERSONS [none] United States",
					"EMPLOYMENT_CHANGE_PERCENT VALUE 13 PERCENT [none] United States",
					"EMPLOYMENT VALUE 139500 PERSONS [none] United States",
					"EMPLOYMENT_PROJECTED VALUE 158400 PERSONS [2008-2018] United States");
	}

	@Test
	void employmentAProjectionReachesIsProjectedEmployment() throws Exception {
		assertThat(figures("Roofer employment stands at 176,200 and should reach approximately 176,800 by 2034."))
			.contains("EMPLOYMENT_PROJECTED VALUE 176800 PERSONS [2024-2034] United States");
	}

	// Ordinary sentences that early versions of the rules above got wrong (found by a review of them).

	@Test
	void employersIndustriesOrCitiesElsewhereInASentenceDoNotTakeTheNationalFigureAway() throws Exception {
		assertThat(figures("Employers pay registered nurses a median annual wage of $86,070 as of May 2023.",
				"In big cities and small towns alike, plumbers earned a median wage of $61,550 in May 2023.",
				"Registered nurses employed in hospitals earned $90,000 in May 2023, while the median wage for all registered"
						+ " nurses was $86,071."))
			.containsExactly("WAGE MEDIAN 86070 USD_PER_YEAR [May 2023] United States",
					"WAGE MEDIAN 61550 USD_PER_YEAR [May 2023] United States",
					"WAGE MEDIAN 86071 USD_PER_YEAR [none] United States");
	}

	@Test
	void workingInACareerOrACountryIsNoEmployer() throws Exception {
		assertThat(figures("Those who work in this career earn a median salary of $60,000.",
				"Roofers who work in America earn a median wage of $48,000 a year."))
			.containsExactly("WAGE MEDIAN 60000 USD_PER_YEAR [none] United States",
					"WAGE MEDIAN 48000 USD_PER_YEAR [none] United States");
	}

	@Test
	void anHourlyFigureOrMoreKeepsItsUnit() throws Exception {
		assertThat(figures("According to the annual BLS survey, experienced welders make $30 or more per hour."))
			.singleElement().satisfies(f -> assertThat(f).contains("USD_PER_HOUR"));
	}

	@Test
	void subgroupsVacanciesJobsAddedOrLostAndHoursAreNoHeadcount() throws Exception {
		assertThat(figures("Around 25,000 women worked as electricians in 2023.",
				"There are currently 3,000 open electrician positions in Texas.",
				"There were 12,000 new roofing jobs created in 2023.", "There were 150,000 construction jobs lost in 2009.",
				"Full-time employment is 2,080 hours a year for most roofers.", "Employment (2022-2032) 6%",
				"Projected Employment, 2032 1,200,000"))
			.noneMatch(f -> f.startsWith("EMPLOYMENT "));
	}

	@Test
	void aProjectionComparedWithAnEarlierOneIsStillAProjection() throws Exception {
		assertThat(figures("Job growth for electricians in 2022-2032 is 6%, up from 4% in 2019-2029."))
			.contains("EMPLOYMENT_CHANGE_PERCENT VALUE 6 PERCENT [2022-2032] United States");
	}

	@Test
	void aFigurelessSentenceSetsTheStatisticOnlyWhenItRanksByIt() throws Exception {
		assertThat(figures("The median age of roofers is 40. Most roofers earn $45,000 a year.",
				"Pay can vary a lot from the average salary. Some roofers in union shops earn $90,000 a year."))
			.containsExactly("WAGE VALUE 45000 USD_PER_YEAR [none] United States",
					"WAGE VALUE 90000 USD_PER_YEAR [none] United States");
	}

	@Test
	void openingsOverTheDecadeStayATotalBesideAnAnnualWage() throws Exception {
		assertThat(figures("There will be about 150,000 openings for roofers over the decade; the median annual wage is $48,000."))
			.contains("OPENINGS PERIOD_TOTAL 150000 PERSONS [none] United States");
	}

	@Test
	void respectivelyPairsOnlyAListOfStates() throws Exception {
		assertThat(figures("Compared with Texas, roofers in California earn a median hourly wage and annual salary of $30.10"
				+ " and $62,600, respectively."))
			.allSatisfy(f -> assertThat(f).endsWith("] California"));
	}

	@Test
	void paySomeWorkersReachIsPayNowUnlessItIsForALaterYear() throws Exception {
		assertThat(figures("Highly experienced welders may reach $75,000 per year."))
			.containsExactly("WAGE EXPERIENCED 75000 USD_PER_YEAR [none] United States");
	}

	@Test
	void theseAfterASentenceAboutEmployersCanBeTheOccupation() throws Exception {
		assertThat(figures("Most technicians work full time, and employers increasingly prefer certified candidates. These"
				+ " technicians earned a median wage of $40,300 in May 2023."))
			.containsExactly("WAGE MEDIAN 40300 USD_PER_YEAR [May 2023] United States");
	}

	@Test
	void aShareOfWomenOrAComparisonInTheNextSentenceIsNoGrowthOfTheOccupation() throws Exception {
		assertThat(figures("There are about 150,000 roofers employed nationwide. The share of women in the trade has increased"
				+ " 20% since 2010."))
			.noneMatch(f -> f.startsWith("EMPLOYMENT_CHANGE_PERCENT"));
		assertThat(figures("Employment of roofers is expected to grow 5 percent. That compares with growth of 2 percent from"
				+ " 2012 to 2022."))
			.contains("EMPLOYMENT_CHANGE_PERCENT VALUE 5 PERCENT [none] United States");
	}

	@Test
	void aShareNamedOnlyInPassingDoesNotOverrideTheAverage() throws Exception {
		assertThat(figures("Ranking in the top 10 percent of construction trades for pay, roofers earn an average salary of $55,000."))
			.containsExactly("WAGE AVERAGE_AS_WORDED 55000 USD_PER_YEAR [none] United States");
	}

	@Test
	void aFeeEachYearIsNoPayAndAClimbToAMedianIsNoRange() throws Exception {
		assertThat(figures("Certification renewal runs $250 each year.")).isEmpty();
		assertThat(figures("Since 2015, roofer pay has climbed from $38,000 to a median of $48,000."))
			.noneMatch(f -> f.contains("RANGE"));
	}

	@Test
	void yearsOfTrainingApplicantsHaveAreARequirement() throws Exception {
		assertThat(figures("Applicants who have 4 years of apprenticeship training may take the licensing exam."))
			.anySatisfy(f -> assertThat(f).startsWith("DURATION VALUE 4 YEARS"));
	}

	/** The figure claims read from an article made of a title line and these lines, as GoldFigure strings. */
	private List<String> figures(String... lines) throws Exception {
		Path file = dir.resolve("article.txt");
		Files.writeString(file, "Career notes\n\n" + String.join("\n", lines) + "\n");
		try {
			return SeedArticleFixtures.reader().read(file).claims().stream().filter(Claim::figure).map(GoldFigure::of)
				.map(GoldFigure::toString).toList();
		}
		catch (com.careerbrief.ingest.document.UnreadableDocumentException ex) {
			// A snippet that gives no claim is set aside as "no article text": it has no figure either.
			if (ex.notAnArticle() && ex.reason().startsWith("no article text")) {
				return List.of();
			}
			throw ex;
		}
	}
}
