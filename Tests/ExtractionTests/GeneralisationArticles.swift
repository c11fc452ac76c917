/// Six short articles written for these tests, in the styles of real cooperation news (an agency press release,
/// a wire story, a joint venture, a leaders' framework, a membership story, a producer profile), about agencies,
/// firms and countries no corpus article is about. `GeneralisationTests` checks what each one states.
enum GeneralisationArticles {
    static let agencyMoU = """
        Finnish and Korean geological agencies sign MoU on battery minerals

        ESPOO, 12 March 2024 – The Geological Survey of Finland (GTK) and the Korea Institute of Geoscience and Mineral Resources (KIGAM) signed a memorandum of understanding in Espoo on 12 March 2024 to cooperate on the exploration of cobalt and graphite.

        GTK, an agency under the Ministry of Economic Affairs and Employment, maps the mineral potential of the Finnish bedrock. KIGAM is a government research institute based in Daejeon.

        The memorandum was signed by GTK Director General Mikko Korhonen and KIGAM President Pyeong-Koo Lee. "Our cooperation will help both countries secure the raw materials of the battery industry," Korhonen said.

        Under the MoU, GTK and KIGAM will exchange data on cobalt and graphite deposits, run joint field campaigns in Lapland and train young geologists. The two agencies first worked together on lithium mapping in 2019.

        Finland is the only producer of cobalt in the European Union, while the Republic of Korea hosts some of the largest battery makers in the world.
        """

    static let supplyDeal = """
        Sigma Lithium strikes supply deal with Renault

        SAO PAULO (Reuters) - Canadian miner Sigma Lithium Corp has struck a supply agreement with French carmaker Renault Group to deliver lithium concentrate from its Grota do Cirilo operation in Brazil, the companies said on Tuesday.

        The agreement, signed in Itinga on 4 June 2024, covers 30,000 tonnes of lithium a year over five years, Sigma Lithium said in a statement.

        Sigma Lithium, a producer of battery-grade lithium, mines the mineral in the Jequitinhonha valley of Minas Gerais. Ana Cabral, the chief executive of Sigma Lithium, said the contract gave the company a long-term customer in Europe.

        Renault's purchasing chief Francois Provost said the deal would help the carmaker secure lithium for its electric vehicles. Renault Group owns Ampere, its electric vehicle unit. Ampere SAS is a subsidiary of Renault Group.

        Shares of Sigma Lithium rose 6% in Toronto trading after the announcement.
        """

    static let jointVenture = """
        Eramet and Tsingshan enter into nickel joint venture in Indonesia

        Paris, 9 February 2023 – French mining group Eramet SA and Tsingshan Holding Group entered into a joint venture agreement on Thursday to build a nickel refinery on Halmahera island in Indonesia.

        The joint venture will process ore from the Weda Bay mine, one of the largest nickel mines in the world. PT Weda Bay Nickel, a unit of Eramet SA, operates the mine with Tsingshan.

        Eramet SA is a producer of manganese and nickel and is headquartered in Paris. Tsingshan Holding Group, the largest stainless steel producer in the world, is based in Wenzhou.

        "This partnership strengthens our position in the battery value chain," said Christel Bories, the chief executive of Eramet SA. Tsingshan CEO Xiang Guangda welcomed the agreement.

        The companies did not disclose the value of the investment. The refinery is expected to produce nickel and cobalt for electric vehicle batteries from 2026.
        """

    static let governmentFramework = """
        Brazil and Germany seal raw materials framework

        BERLIN, 4 December 2023 – Brazil and Germany sealed a framework agreement on critical raw materials during talks between President Luiz Inacio Lula da Silva and Chancellor Olaf Scholz in Berlin on Monday.

        The agreement was signed in Berlin by Brazil's Minister of Mines and Energy Alexandre Silveira and Germany's Minister for Economic Affairs Robert Habeck. It covers lithium, graphite and rare earths and foresees joint investment in processing plants in Brazil.

        Brazil holds the third-largest reserves of rare earths in the world. The Federal Ministry for Economic Affairs and Climate Action said the partnership would help German industry diversify its supply.

        Companhia Brasileira de Metalurgia e Mineracao, the largest niobium producer in the world, is based in Araxa. CBMM is controlled by the Moreira Salles family.

        Lula said the two countries would meet again in 2025 to review progress.
        """

    static let initiativeMembership = """
        Norway joins critical minerals mapping initiative

        OSLO, 21 May 2024 – The Geological Survey of Norway (NGU) has joined the Critical Minerals Mapping Initiative, the ministry of trade said on Tuesday.

        The initiative was launched in 2019 by Geoscience Australia, Natural Resources Canada and the United States Geological Survey (USGS). Its founding members include Geoscience Australia, Natural Resources Canada and the USGS.

        NGU, an agency under the Ministry of Trade, Industry and Fisheries, said membership would give Norwegian geologists access to shared databases on cobalt, graphite and vanadium deposits.

        Norway is also a member of the International Energy Agency. Sweden and Finland joined the Nordic Critical Minerals Network last year.

        "Mapping is the first step to new mines," said NGU director Morten Smelror.
        """

    static let producerProfile = """
        Profile: Sibanye-Stillwater builds a battery metals business

        JOHANNESBURG, 2 October 2023 – Sibanye-Stillwater, the largest platinum producer in the world, has spent five years building a battery metals business.

        Keliber Oy, a majority-owned subsidiary of Sibanye-Stillwater, is developing a lithium mine in Kaustinen, Finland. Stillwater Mining Company, owned by Sibanye-Stillwater, mines palladium in Montana. Sandouville Nickel Refinery is part of Sibanye-Stillwater.

        Sibanye-Stillwater produces gold, platinum and palladium and is headquartered in Johannesburg. Its CEO Neal Froneman said the company wanted to become a leading supplier of lithium and nickel.

        Sibanye-Stillwater's chief financial officer Charl Keyter said the group would keep its dividend. Glencore & Partners Mining Ltd, a miner of copper in Zambia, declined to comment on talks with the group.

        Sibanye-Stillwater is a member of the International Council on Mining and Metals.
        """
}
